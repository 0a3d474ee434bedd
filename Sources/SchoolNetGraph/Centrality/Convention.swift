/// Which library's convention a measure reproduces where NetworkX and igraph differ.
public enum Convention: String, Sendable, CaseIterable {
    /// NetworkX 3.x defaults.
    case networkx
    /// igraph 0.10+/1.0 defaults.
    case igraph
}
