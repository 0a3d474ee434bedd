import CGraphviz
import Foundation

/// Lays out and renders DOT text with the Graphviz C library, in this process.
///
/// The only file of the package that talks to Graphviz. Graphviz is not thread-safe, even with a
/// context per thread (its parser, error state and layout engines use process-wide globals), so
/// every call into it, from parsing to freeing, runs under one process-wide lock. One context
/// serves the whole process. Messages Graphviz would print on standard error are captured and
/// returned in errors or as warnings. Version-sensitive calls (the length argument of
/// `gvRenderData` is `unsigned int *` up to 12.x and `size_t *` from 13.0) are absorbed here.
public final class GraphvizRenderer: @unchecked Sendable {
    /// The renderer of this process.
    public static let shared = GraphvizRenderer()

    /// What a render produced: the bytes per format and the warnings Graphviz gave.
    public struct Output: Sendable {
        public var files: [OutputFormat: [UInt8]]
        public var warnings: [String]
        /// Where the layout put each node and edge, when asked for.
        public var layout: DiagramLayout?
    }

    private let lock = NSLock()
    private var context: OpaquePointer?
    private var pluginsChecked = false

    private init() {}

    /// Lays the graph out once with `engine` and renders it in each of `formats` (SVG, PNG,
    /// PDF; `dot` is not rendered here). All formats share the one layout, so they agree. With
    /// `measuring`, the output also holds the layout itself (Graphviz's `plain` output, read by
    /// ``DiagramLayout``), for ``DiagramLegibility``.
    ///
    /// - Throws: ``RenderError``.
    public func render(dot: String, engine: LayoutEngine, formats: [OutputFormat], measuring: Bool = false) throws
        -> Output
    {
        lock.lock()
        defer { lock.unlock() }
        let gvc = try readyContext()
        GraphvizMessages.reset()
        guard let graph = agmemread(dot) else {
            throw RenderError.syntax(messages: GraphvizMessages.take())
        }
        defer { agclose(graph) }
        // Engines that do not seed the C library's random numbers themselves (sfdp) would lay a
        // graph out differently depending on what was laid out before it in this process: every
        // layout starts from the same state instead, so `render` draws what a report drew.
        srand48(1)
        srand(1)
        guard gvLayout(gvc, graph, engine.graphvizName) == 0 else {
            throw RenderError.layout(engine: engine.rawValue, messages: GraphvizMessages.take())
        }
        defer { gvFreeLayout(gvc, graph) }
        var files: [OutputFormat: [UInt8]] = [:]
        for format in formats where format != .dot {
            guard let bytes = renderData(gvRenderData, gvc, graph, format.rawValue) else {
                throw RenderError.render(format: format.rawValue, messages: GraphvizMessages.take())
            }
            files[format] = format == .pdf ? ReproducibleOutput.pdf(bytes) : bytes
        }
        var layout: DiagramLayout?
        if measuring {
            guard let bytes = renderData(gvRenderData, gvc, graph, "plain"),
                let read = DiagramLayout(plain: String(decoding: bytes, as: UTF8.self))
            else {
                throw RenderError.render(format: "plain", messages: GraphvizMessages.take())
            }
            layout = read
        }
        return Output(files: files, warnings: GraphvizMessages.take(), layout: layout)
    }

    /// The context, created on first use, after checking that the plugins are registered:
    /// without its plugin list Graphviz creates a context with no engines and says nothing.
    private func readyContext() throws -> OpaquePointer {
        if context == nil {
            agseterrf(GraphvizMessages.capture)
            context = gvContext()
        }
        guard let gvc = context else {
            throw RenderError.pluginsNotRegistered(messages: ["gvContext() returned no context"])
        }
        if !pluginsChecked {
            GraphvizMessages.reset()
            guard let probe = agmemread("digraph probe { a -> b }") else {
                throw RenderError.syntax(messages: GraphvizMessages.take())
            }
            defer { agclose(probe) }
            guard gvLayout(gvc, probe, "dot") == 0 else {
                throw RenderError.pluginsNotRegistered(messages: GraphvizMessages.take())
            }
            defer { gvFreeLayout(gvc, probe) }
            guard renderData(gvRenderData, gvc, probe, "svg") != nil else {
                throw RenderError.pluginsNotRegistered(messages: GraphvizMessages.take())
            }
            pluginsChecked = true
        }
        return gvc
    }

    /// Calls `gvRenderData` whatever the integer type of its length argument: `L` is inferred
    /// from the function itself (UInt32 on Graphviz ≤ 12, Int on ≥ 13).
    private func renderData<L: BinaryInteger>(
        _ function: (
            OpaquePointer?, UnsafeMutablePointer<Agraph_t>?, UnsafePointer<CChar>?,
            UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?, UnsafeMutablePointer<L>?
        ) -> Int32,
        _ gvc: OpaquePointer, _ graph: UnsafeMutablePointer<Agraph_t>, _ format: String
    ) -> [UInt8]? {
        var buffer: UnsafeMutablePointer<CChar>? = nil
        var length: L = 0
        let status = function(gvc, graph, format, &buffer, &length)
        defer { if let buffer { gvFreeRenderData(buffer) } }
        guard status == 0, let buffer else { return nil }
        return Array(UnsafeRawBufferPointer(start: buffer, count: Int(length)))
    }
}

/// The messages Graphviz reports through its error function; they arrive in fragments and are
/// joined into lines. Only touched while the renderer's lock is held.
private enum GraphvizMessages {
    nonisolated(unsafe) static var text = ""

    static let capture: @convention(c) (UnsafeMutablePointer<CChar>?) -> Int32 = { message in
        if let message { GraphvizMessages.text += String(cString: message) }
        return 0
    }

    static func reset() { text = "" }

    static func take() -> [String] {
        defer { text = "" }
        return text.split(whereSeparator: \.isNewline)
            .map { $0.trimmingCharacters(in: .whitespaces) }
            .filter { !$0.isEmpty }
    }
}
