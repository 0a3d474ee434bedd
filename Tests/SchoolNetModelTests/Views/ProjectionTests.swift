import SchoolNetGraph
import SchoolNetTestSupport
import Testing

@testable import SchoolNetModel

@Suite struct SchoolViewTests {
    @Test("the star projection ties a structure's lead to each member, and nothing else")
    func star() {
        let landscape = Landscape(
            schools: (1...4).map { School(urn: URN("\($0)"), name: "S\($0)") },
            structures: [Structure(id: "T", kind: .tsa, lead: "1")],
            memberships: (1...4).map { Membership(structureID: "T", urn: URN("\($0)")) })
        let star = SchoolNetwork(landscape, selection: NetworkSelection(projection: .star)).graph
        #expect(star.edgeCount == 3)
        #expect(star.neighbors(of: NodeID(0)).map(\.index) == [1, 2, 3])
        let clique = SchoolNetwork(landscape).graph
        #expect(clique.edgeCount == 6)
    }

    @Test("a lead given only by role is found")
    func leadByRole() {
        let landscape = Landscape(
            schools: (1...3).map { School(urn: URN("\($0)"), name: "S\($0)") },
            structures: [Structure(id: "M", kind: .mat)],
            memberships: [
                Membership(structureID: "M", urn: "1"), Membership(structureID: "M", urn: "3", role: .lead),
                Membership(structureID: "M", urn: "2"),
            ])
        #expect(landscape.leadIndex(of: landscape.structures[0]) == 2)
    }

    @Test("the affiliation view has a school-structure edge per membership")
    func affiliation() {
        let landscape = LandscapeFixtures.small()
        let twoMode = AffiliationNetwork(landscape).twoMode
        #expect(twoMode.actorCount == 5)
        #expect(twoMode.groupCount == 2)
        #expect(twoMode.graph.edgeCount == landscape.memberships.count)
        #expect(twoMode.isGroup(NodeID(5)))
    }

    @Test("tie weights count shared structures plus link weights")
    func weights() {
        let network = SchoolNetwork(LandscapeFixtures.small())
        #expect(network.graph.weight(NodeID(1), NodeID(2)) == 2)
        #expect(network.graph.weight(NodeID(0), NodeID(4)) == 1)
    }

    @Test("metrics compute only the measures asked for, in column order")
    func metricsSubset() {
        let metrics = SchoolMetrics(SchoolNetwork(LandscapeFixtures.small()), measures: [.pagerank, .degree])
        #expect(metrics.measures == [.degree, .pagerank])
        #expect(metrics.values.keys.count == 2)
        #expect(abs(metrics.values[.pagerank]!.values.reduce(0, +) - 1) < 1e-12)
    }
}

@Suite struct SchoolMeasureRegistryTests {
    @Test("the registry names each measure once; the named ones resolve; unknown names are refused")
    func registry() {
        let names = SchoolMeasure.all.map(\.name)
        #expect(Set(names).count == names.count)
        #expect([SchoolMeasure.degree, .betweenness, .pagerank].map(\.name) == ["degree", "betweenness", "pagerank"])
        #expect(SchoolMeasure(rawValue: "effective_size")?.name == "effective_size")
        #expect(SchoolMeasure(rawValue: "nosuch") == nil)
        #expect(SchoolMeasure.all.allSatisfy { !$0.meaning.isEmpty })
    }
}
