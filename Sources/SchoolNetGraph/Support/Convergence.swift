/// When an iterative measure stops: when the summed absolute change of one iteration falls
/// below `tolerance × n`, the stopping rule of NetworkX's power iterations, or after
/// `maxIterations`.
public struct Convergence: Sendable {
    public var tolerance: Double
    public var maxIterations: Int

    /// Tighter than NetworkX's default (1e-6), so that results are the converged values and agree
    /// with igraph's exact solvers as well as with NetworkX.
    public static let standard = Convergence(tolerance: 1e-12, maxIterations: 10_000)

    public init(tolerance: Double, maxIterations: Int) {
        self.tolerance = tolerance
        self.maxIterations = maxIterations
    }
}
