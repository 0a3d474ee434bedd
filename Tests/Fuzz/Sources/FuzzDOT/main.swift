import FuzzDriver
import SchoolNetRender

/// Any text as a school's name, through the DOT encoder's escaping and Graphviz's own parser
/// (an SVG render): a name must never break the DOT it sits in, whatever it holds.
@_cdecl("FuzzDOT_main")
func fuzzMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    runFuzzer(argc, argv) { bytes in
        let name = String(decoding: bytes, as: UTF8.self)
        var graph = DOTGraph(name: "fuzz")
        graph.nodes = [
            DOTNode(id: "s1", attributes: ["label": .text(name), "tooltip": .tooltip(name)]),
            DOTNode(id: "s2", attributes: ["label": .html(DOTEscaping.html(name))]),
        ]
        graph.edges = [DOTEdge(from: "s1", to: "s2", attributes: ["label": .text(name)])]
        do {
            _ = try GraphvizRenderer.shared.render(dot: DOTEncoder.encode(graph), engine: .dot, formats: [.svg])
        } catch {
            // Escaped text must always parse: a syntax error here is a finding.
            if case RenderError.syntax = error { fatalError("escaped name broke the DOT: \(bytes)") }
        }
    }
}
