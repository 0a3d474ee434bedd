/// Told how far a long computation has gone, so that a command-line tool can show it: `begin`
/// once with the amount of work, then `advance` as pieces are done, from whichever thread did
/// them (so an implementation must be thread-safe). The result never depends on a listener.
public protocol ProgressListener: Sendable {
    /// Work named `stage` starts: `total` pieces (searches, rows, sections), or 0 when the work
    /// is not counted in pieces.
    func begin(_ stage: String, total: Int)
    /// `count` more pieces are done.
    func advance(by count: Int)
}
