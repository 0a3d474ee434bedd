/// What can go wrong when Graphviz lays out or renders a diagram. Each case carries the messages
/// Graphviz gave, so that nothing is lost to standard error.
public enum RenderError: Error, Equatable, CustomStringConvertible {
    /// Graphviz loaded but has no layout or render plugins registered: its plugin list
    /// (`config6a`) is missing or empty.
    case pluginsNotRegistered(messages: [String])
    /// Graphviz could not read the graph description.
    case syntax(messages: [String])
    /// The layout engine failed.
    case layout(engine: String, messages: [String])
    /// Rendering to a format failed.
    case render(format: String, messages: [String])
    /// The graph is larger than the engine lays out in reasonable time.
    case tooLarge(engine: String, nodes: Int, limit: Int)

    public var description: String {
        func detail(_ messages: [String]) -> String {
            messages.isEmpty ? "" : ": " + messages.joined(separator: "; ")
        }
        switch self {
        case .pluginsNotRegistered(let messages):
            return "Graphviz has no layout plugins registered\(detail(messages)). "
                + "Its plugin list (config6a) is missing or empty. Fix, as root: on Debian or Ubuntu "
                + "'libgvc6-config-update -c' (or 'apt-get install --reinstall libgvc6'); elsewhere "
                + "'dot -c'. If GVBINDIR is set, it must name Graphviz's plugin folder."
        case .syntax(let messages):
            return "Graphviz could not read the diagram\(detail(messages))"
        case .layout(let engine, let messages):
            return "Graphviz layout with \(engine) failed\(detail(messages))"
        case .render(let format, let messages):
            return "Graphviz could not render \(format)\(detail(messages))"
        case .tooLarge(let engine, let nodes, let limit):
            return "the diagram has \(nodes) nodes; \(engine) lays out at most \(limit) in reasonable "
                + "time. Use --engine sfdp, or draw a smaller part of the landscape."
        }
    }
}
