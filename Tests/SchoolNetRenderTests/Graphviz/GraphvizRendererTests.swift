import Foundation
import SchoolNetIO
import SchoolNetModel
import SchoolNetTestSupport
import Testing

@testable import SchoolNetRender

@Suite struct GraphvizRendererTests {
    static let hostileNames = [
        "<script>\"&'Ünïcode</script>",
        "x\" ]; injected [label=\"pwned",
        "C:\\temp\\N \\G \\n",
        "ends with a backslash\\",
        "&amp; &eacute; &#65; stay literal",
        "St Mary's — “curly” 汉字 🏫",
    ]

    static func hostileLandscape() -> Landscape {
        let schools = hostileNames.enumerated().map { School(urn: URN("10000\($0.offset)"), name: $0.element) }
        return Landscape(
            schools: schools, structures: [Structure(id: "T", kind: .mat, name: "Trust <&> \"T\"")],
            memberships: [Membership(structureID: "T", urn: "100000"), Membership(structureID: "T", urn: "100001")])
    }

    @Test("hostile names come out of Graphviz intact: one node each, exact text, well-formed SVG")
    func escaping() throws {
        let landscape = Self.hostileLandscape()
        let dot = DOTEncoder.encode(LandscapeDiagram.make(landscape))
        #expect(dot.contains(#"label="<script>\"&amp;'Ünïcode</script>""#))
        let output = try GraphvizRenderer.shared.render(dot: dot, engine: .neato, formats: [.svg])
        let svg = try #require(output.files[.svg])
        let parsed = try #require(SVGText.parse(svg), "SVG is not well-formed XML")
        for name in Self.hostileNames + ["Trust <&> \"T\""] {
            #expect(parsed.texts.contains(name), "missing: \(name)")
        }
        // Six schools, one hub, one legend: no injected node.
        #expect(parsed.nodeGroups == 8)
        #expect(!String(decoding: svg, as: UTF8.self).contains("<script>"))
    }

    @Test("one layout renders SVG, PNG and PDF, each with its signature, naming every school")
    func formats() throws {
        let landscape = try #require(
            LandscapeBundleReader().read(directory: TestPaths.example("demo-landscape")).landscape)
        let dot = DOTEncoder.encode(LandscapeDiagram.make(landscape))
        let output = try GraphvizRenderer.shared.render(dot: dot, engine: .neato, formats: [.svg, .png, .pdf])
        for format in [OutputFormat.svg, .png, .pdf] {
            let bytes = try #require(output.files[format])
            #expect(format.hasSignature(bytes), "\(format)")
            #expect(bytes.count > 1000)
        }
        let parsed = try #require(SVGText.parse(output.files[.svg]!))
        let texts = Set(parsed.texts)
        for school in landscape.schools {
            // A name with a line break is drawn as one text element per line.
            for line in school.name.split(separator: "\n") { #expect(texts.contains(String(line)), "\(school.name)") }
        }
        #expect(output.files[.pdf]!.suffix(8).contains(Array("%%EOF".utf8).first!))
    }

    @Test("a DOT syntax error becomes a Swift error carrying Graphviz's message")
    func syntaxError() {
        #expect(throws: RenderError.self) {
            try GraphvizRenderer.shared.render(dot: "digraph { a -> ; }", engine: .dot, formats: [.svg])
        }
        do {
            _ = try GraphvizRenderer.shared.render(dot: "digraph { a -> ; }", engine: .dot, formats: [.svg])
        } catch let RenderError.syntax(messages) {
            #expect(messages.joined().contains("syntax error"))
        } catch {
            Issue.record("unexpected \(error)")
        }
    }

    @Test("concurrent renders are serialised and give the serial result")
    func concurrency() async throws {
        let dot = DOTEncoder.encode(LandscapeDiagram.make(LandscapeFixtures.small()))
        let reference = try GraphvizRenderer.shared.render(dot: dot, engine: .neato, formats: [.svg]).files[.svg]
        let results = try await withThrowingTaskGroup(of: [UInt8]?.self) { group in
            for _ in 0..<16 {
                group.addTask {
                    try GraphvizRenderer.shared.render(dot: dot, engine: .neato, formats: [.svg]).files[.svg]
                }
            }
            return try await group.reduce(into: []) { $0.append($1) }
        }
        #expect(results.count == 16)
        #expect(results.allSatisfy { $0 == reference })
    }

    @Test("every engine lays out the small landscape", arguments: LayoutEngine.allCases)
    func engines(engine: LayoutEngine) throws {
        let dot = DOTEncoder.encode(LandscapeDiagram.make(LandscapeFixtures.small()))
        let output = try GraphvizRenderer.shared.render(dot: dot, engine: engine, formats: [.svg])
        #expect(SVGText.parse(output.files[.svg]!) != nil)
    }
}
