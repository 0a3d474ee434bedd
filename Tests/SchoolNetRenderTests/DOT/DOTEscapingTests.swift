import Testing

@testable import SchoolNetRender

@Suite struct DOTEscapingTests {
    @Test("labels: backslash doubled, & as &amp;, line feed as \\n, controls dropped")
    func label() {
        #expect(DOTEscaping.label("a\\b & c\nd\u{1}e\tf") == "a\\\\b &amp; c\\nde f")
        #expect(DOTEscaping.label("ends\\") == "ends\\\\")
        #expect(DOTEscaping.label("<b>\"q\"</b> Zoë") == "<b>\"q\"</b> Zoë")
    }

    @Test("quoted strings escape the double quote only")
    func quoted() {
        #expect(DOTEscaping.quoted("x\" ]; injected [label=\"pwned") == "\"x\\\" ]; injected [label=\\\"pwned\"")
    }

    @Test("tooltips replace the backslash by a look-alike")
    func tooltip() {
        #expect(DOTEscaping.tooltip("C:\\N") == "C:\u{29F5}N")
    }

    @Test("HTML-like label text is XML-escaped")
    func html() {
        #expect(DOTEscaping.html("<script>\"&'\\</script>") == "&lt;script&gt;&quot;&amp;&#39;\\\\&lt;/script&gt;")
    }

    @Test("the encoder quotes ids and values and keeps attribute order")
    func encoder() {
        var graph = DOTGraph(name: "g")
        graph.nodes = [DOTNode(id: "s1", attributes: ["label": .text("A \"B\" & C\\"), "shape": .literal("box")])]
        graph.edges = [DOTEdge(from: "s1", to: "s1", attributes: ["label": .html("<B>x</B>")])]
        #expect(
            DOTEncoder.encode(graph) == """
                digraph "g" {
                  "s1" [label="A \\"B\\" &amp; C\\\\", shape="box"];
                  "s1" -> "s1" [label=<<B>x</B>>];
                }

                """)
    }

    @Test(
        "a quote followed by a combining mark is still escaped, and Graphviz shows the name intact (found by fuzzing)")
    func quoteWithCombiningMark() throws {
        let name = "O\u{FFFD}a\" a\"\u{05AF}i\",a\""
        #expect(DOTEscaping.quoted(name) == "\"O\u{FFFD}a\\\" a\\\"\u{05AF}i\\\",a\\\"\"")
        var graph = DOTGraph(name: "g")
        graph.nodes = [DOTNode(id: "s1", attributes: ["label": .text(name), "tooltip": .tooltip(name)])]
        let output = try GraphvizRenderer.shared.render(dot: DOTEncoder.encode(graph), engine: .dot, formats: [.svg])
        let svg = String(decoding: output.files[.svg] ?? [], as: UTF8.self)
        #expect(svg.contains("O\u{FFFD}a&quot; a&quot;\u{05AF}i&quot;,a&quot;"))
    }
}
