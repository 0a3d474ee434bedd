import SchoolNetModel
import SchoolNetTestSupport
import Testing

@testable import SchoolNetRender

@Suite struct StructureOverviewDiagramTests {
    private func label(_ node: DOTNode?) -> String? {
        if case .text(let text)? = node?.attributes["label"] { return text }
        return nil
    }

    @Test("one node per structure with its member count; the schools in none gathered with theirs")
    func nodes() {
        let graph = StructureOverviewDiagram.make(LandscapeFixtures.small())
        let byID = Dictionary(uniqueKeysWithValues: graph.nodes.map { ($0.id, $0) })
        #expect(label(byID["g1"]) == "Alpha Trust\n3 schools")
        #expect(label(byID["g2"]) == "North Cluster\n3 schools")
        #expect(label(byID["none"]) == "In no structure drawn\n1 school")
        #expect(byID["g1"]?.attributes["class"] == .literal("structure sn-g1 layer-co-mat"))
        #expect(byID["legend"] != nil)
    }

    @Test(
        "two structures sharing schools are joined once, with the number shared; links go from a school's first structure"
    )
    func edges() {
        let graph = StructureOverviewDiagram.make(LandscapeFixtures.small())
        let shared = graph.edges.filter { $0.attributes["class"] == .literal("shared") }
        #expect(shared.map { [$0.from, $0.to] } == [["g1", "g2"]])
        #expect(shared.first?.attributes["label"] == .text("2"))
        let links = graph.edges.filter { $0.attributes["class"] != .literal("shared") }
        // 100001 (Alpha Trust) supports 100005 (in none); 100004 (North Cluster only) partners it.
        #expect(links.map { [$0.from, $0.to] } == [["g1", "none"], ["g2", "none"]])
        #expect(links.first?.attributes["dir"] == .literal("forward"))
        #expect(links.last?.attributes["class"] == .literal("layer-partnership"))
    }

    @Test("leaving a layer out leaves its structures out, and their schools join the gathered node")
    func layers() {
        var options = DiagramOptions()
        options.layers = [.structure(.mat), .link(.nleSupport)]
        let graph = StructureOverviewDiagram.make(LandscapeFixtures.small(), options: options)
        #expect(graph.nodes.map(\.id) == ["g1", "none", "legend"])
        #expect(label(graph.nodes[1]) == "In no structure drawn\n2 schools")
        #expect(graph.edges.map { [$0.from, $0.to] } == [["g1", "none"]])
    }

    @Test("long names wrap between words into lines of about 18 characters")
    func wrapping() {
        #expect(
            StructureOverviewDiagram.wrapped("Coastal & Upland Schools Partnership")
                == "Coastal & Upland\nSchools\nPartnership")
        #expect(StructureOverviewDiagram.wrapped("Short") == "Short")
        #expect(
            StructureOverviewDiagram.wrapped("Averyveryverylongsingleword name") == "Averyveryverylongsingleword\nname")
    }
}
