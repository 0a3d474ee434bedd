import SchoolNetModel
import SchoolNetTestSupport
import Testing

@testable import SchoolNetRender

@Suite struct LandscapeDiagramTests {
    @Test("the DOT of the small landscape matches its golden file")
    func golden() {
        let dot = DOTEncoder.encode(
            LandscapeDiagram.make(
                LandscapeFixtures.small(), options: DiagramOptions(title: "Small", source: "Test data")))
        #expect(
            GoldenFile.compare(dot, with: TestPaths.path("Tests/SchoolNetRenderTests/Goldens/smallLandscape.dot"))
                == .matches)
    }

    @Test("every school is a node; each structure a hub; each link an edge, directed ones with arrows")
    func structure() {
        let landscape = LandscapeFixtures.small()
        let graph = LandscapeDiagram.make(landscape)
        #expect(graph.nodes.filter { $0.id.hasPrefix("s") }.count == landscape.schools.count)
        #expect(graph.nodes.filter { $0.id.hasPrefix("g") }.count == landscape.structures.count)
        #expect(graph.edges.count == landscape.memberships.count + landscape.links.count)
        let support = graph.edges.first { $0.attributes["color"] == .literal(DiagramStyle.link(.nleSupport).colour) }
        #expect(support?.attributes["dir"] == .literal("forward"))
        let partnership = graph.edges.first {
            $0.attributes["color"] == .literal(DiagramStyle.link(.partnership).colour)
        }
        #expect(partnership?.attributes["dir"] == nil)
    }

    @Test("the legend names the styles used and nothing else")
    func legend() throws {
        let graph = LandscapeDiagram.make(LandscapeFixtures.small())
        guard case .html(let markup)? = graph.nodes.first(where: { $0.id == "legend" })?.attributes["label"] else {
            Issue.record("no legend")
            return
        }
        for used in [
            "member of a multi-academy trust", "member of a local cluster", "NLE support", "partnership link",
            "multi-academy trust (box): its members attach", "school: primary", "school: special", "double border",
        ] {
            #expect(markup.contains(used), "\(used)")
        }
        for unused in [
            "traded service", "teaching school alliance", "LLE", "federation", "member of a partnership", "all-through",
            "phase unknown", "Colour", "Size", "names shown",
        ] {
            #expect(!markup.contains(unused), "\(unused)")
        }
    }

    @Test("the same landscape gives the same DOT bytes")
    func deterministic() {
        let a = DOTEncoder.encode(LandscapeDiagram.make(LandscapeFixtures.small()))
        let b = DOTEncoder.encode(LandscapeDiagram.make(LandscapeFixtures.small()))
        #expect(a == b)
    }
}
