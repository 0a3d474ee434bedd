/// A set of up to 64 layers of a multiplex graph, stored as a bit set.
///
/// Layer numbers are chosen by the caller (the school model maps structure kinds and link kinds
/// to layers); the graph module gives them no meaning.
public struct LayerSet: OptionSet, Hashable, Sendable {
    public let rawValue: UInt64

    public init(rawValue: UInt64) { self.rawValue = rawValue }

    /// The set holding only `layer` (0 ..< 64).
    public init(layer: Int) {
        precondition((0..<64).contains(layer), "layer number out of range 0..<64")
        rawValue = 1 << UInt64(layer)
    }

    /// The number of layers in the set (the multiplexity of a tie).
    public var count: Int { rawValue.nonzeroBitCount }

    /// The layer numbers in ascending order.
    public var layers: [Int] { (0..<64).filter { rawValue & (1 << UInt64($0)) != 0 } }
}
