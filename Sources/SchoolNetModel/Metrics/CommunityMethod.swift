import SchoolNetGraph

/// How communities are detected: Louvain (modularity) or Leiden (modularity or CPM), with the
/// options of each.
public enum CommunityMethod: Sendable {
    case louvain(LouvainOptions)
    case leiden(LeidenOptions)

    /// The name people read: `Louvain`, `Leiden (modularity)`, `Leiden (CPM)`.
    public var title: String {
        switch self {
        case .louvain: "Louvain"
        case .leiden(let options): "Leiden (\(options.objective == .cpm ? "CPM" : "modularity"))"
        }
    }

    /// Whether tie weights are used.
    public var weighted: Bool {
        switch self {
        case .louvain(let options): options.weighted
        case .leiden(let options): options.weighted
        }
    }

    /// The partition of `graph` and the method's own quality (modularity, or CPM's quality).
    func detect(_ graph: CSRGraph) -> (partition: Partition, quality: Double) {
        switch self {
        case .louvain(let options):
            let result = graph.louvain(options)
            return (result.partition, result.modularity)
        case .leiden(let options): return graph.leiden(options)
        }
    }
}
