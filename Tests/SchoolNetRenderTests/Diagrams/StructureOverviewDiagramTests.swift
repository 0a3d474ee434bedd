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
        let shared = graph.edges.filter { "\($0.attributes["class"]!)".contains("shared") }
        #expect(shared.map { [$0.from, $0.to] } == [["g1", "g2"]])
        #expect(shared.first?.attributes["label"] == .text("2"))
        #expect(shared.first?.attributes["class"] == .literal("shared layer-co-cluster layer-co-mat"))
        let links = graph.edges.filter { !"\($0.attributes["class"]!)".contains("shared") }
        // 100001 (Alpha Trust) supports 100005 (in none); 100004 (North Cluster only) partners it.
        #expect(links.map { [$0.from, $0.to] } == [["g1", "none"], ["g2", "none"]])
        #expect(links.first?.attributes["dir"] == .literal("forward"))
        #expect(links.last?.attributes["class"] == .literal("layer-partnership layer-co-cluster"))
    }

    @Test("leaving a layer out leaves its structures out, keeps the others' numbers, and gathers their schools")
    func layers() {
        var options = DiagramOptions()
        options.layers = [.structure(.cluster), .link(.partnership)]
        let graph = StructureOverviewDiagram.make(LandscapeFixtures.small(), options: options)
        // The cluster is still g2, as in every other diagram of the landscape.
        #expect(graph.nodes.map(\.id) == ["g2", "none", "legend"])
        #expect(label(graph.nodes[1]) == "In no structure drawn\n2 schools")
        #expect(graph.edges.map { [$0.from, $0.to] } == [["g2", "none"]])
        #expect(graph.edges.first?.attributes["class"] == .literal("layer-partnership layer-co-cluster"))
    }

    @Test("a link is counted at its school's first structure; undirected links are one line both ways")
    func linkEnds() {
        let small = LandscapeFixtures.small()
        // 100002 is in the trust (g1) and the cluster (g2): its link counts at the trust.
        let landscape = Landscape(
            schools: small.schools, structures: small.structures, memberships: small.memberships,
            links: [
                Link(source: "100002", target: "100005", kind: .sleSupport),
                Link(source: "100005", target: "100004", kind: .partnership),
                Link(source: "100004", target: "100005", kind: .partnership),
            ])
        let graph = StructureOverviewDiagram.make(landscape)
        let links = graph.edges.filter { !($0.attributes["class"].map { "\($0)" } ?? "").contains("shared") }
        #expect(links.map { [$0.from, $0.to] } == [["g1", "none"], ["g2", "none"]])
        #expect(links.map { $0.attributes["label"] } == [.text("1"), .text("2")])
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
