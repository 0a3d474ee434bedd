/// The Graphviz layout engines the package offers, plus the geographic layout.
public enum LayoutEngine: String, CaseIterable, Sendable {
    case dot, neato, fdp, sfdp, circo
    /// Every node pinned where the diagram puts it (schools at their coordinates): Graphviz's
    /// `nop` engine, which keeps the given positions and draws straight edges (`neato -n`).
    case geographic

    /// The name Graphviz knows the engine by.
    public var graphvizName: String { self == .geographic ? "nop" : rawValue }

    /// The largest graph (nodes, hubs included) each engine lays out in seconds rather than
    /// minutes, from the timings in <doc:RenderingNotes#Engines-and-their-limits> (2-core machine, Graphviz 2.42):
    /// neato 3.2 s at 1 000 nodes and 31 s at 3 000; fdp 7–8 s at 300 and 90 s at 1 000;
    /// tuned dot 1.7 s at 300 and 40 s at 1 000; sfdp 3.8 s at 10 000. The geographic layout
    /// computes nothing; its limit is what a page can show.
    public var nodeLimit: Int {
        switch self {
        case .dot: 1_000
        case .neato: 2_000
        case .fdp: 500
        case .sfdp: 50_000
        case .circo: 2_000
        case .geographic: 50_000
        }
    }

    /// The engine to use when none is named: neato while it is fast, sfdp beyond.
    public static func automatic(nodeCount: Int) -> LayoutEngine {
        nodeCount <= 1_000 ? .neato : .sfdp
    }
}
