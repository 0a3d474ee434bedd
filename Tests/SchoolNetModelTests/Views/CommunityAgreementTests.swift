import SchoolNetGraph
import SchoolNetModel
import Testing

@Suite struct CommunityAgreementTests {
    /// Two clusters of three, each a clique, and ten schools in no structure.
    static func landscape() -> Landscape {
        let schools = (1...16).map { School(urn: URN(String($0)), name: "S\($0)") }
        let structures = [
            Structure(id: "C1", kind: .cluster), Structure(id: "C2", kind: .cluster),
            Structure(id: "P1", kind: .partnership),
        ]
        let memberships =
            (1...3).map { Membership(structureID: "C1", urn: URN(String($0))) }
            + (4...6).map { Membership(structureID: "C2", urn: URN(String($0))) }
            + [Membership(structureID: "P1", urn: "1"), Membership(structureID: "P1", urn: "4")]
        return Landscape(schools: schools, structures: structures, memberships: memberships)
    }

    @Test("agreement is over the schools in a structure of the kind; schools in none neither help nor hurt")
    func membersOnly() throws {
        let landscape = Self.landscape()
        let network = SchoolNetwork(landscape, layers: [.structure(.cluster)])
        let report = CommunityReport(network, landscape: landscape)
        let cluster = try #require(report.agreement.first { $0.kind == .cluster })
        #expect(abs(cluster.nmi - 1) < 1e-12 && abs(cluster.ari - 1) < 1e-12)
        #expect(abs(cluster.coverage - 6.0 / 16.0) < 1e-12)
        // One partnership is no grouping to agree with: undefined, not a score.
        let partnership = try #require(report.agreement.first { $0.kind == .partnership })
        #expect(partnership.nmi.isNaN && partnership.ari.isNaN && abs(partnership.coverage - 2.0 / 16.0) < 1e-12)
    }

    @Test("the crosstab counts each structure's members per community, and the schools in none")
    func crosstab() throws {
        let landscape = Self.landscape()
        let network = SchoolNetwork(landscape, layers: [.structure(.cluster), .structure(.partnership)])
        for method in [CommunityMethod.louvain(LouvainOptions()), .leiden(LeidenOptions(seed: 4))] {
            let report = CommunityReport(network, landscape: landscape, method: method)
            let clusters = try #require(report.crosstab.first { $0.kind == .cluster })
            let community = report.partition.membership
            // Each cluster is a clique with one tie out (the partnership): one community each.
            #expect(clusters.cells.filter { $0.structureID == "C1" }.map(\.schools) == [3])
            #expect(clusters.cells.first { $0.structureID == "C1" }?.community == community[0])
            // The ten schools in no cluster, each alone: ten communities of one.
            let none = clusters.cells.filter { $0.structureID == nil }
            #expect(none.map(\.schools).reduce(0, +) == 10 && none.count == 10)
            #expect(none.allSatisfy { abs($0.share - 0.1) < 1e-12 })
            let partnership = try #require(report.crosstab.first { $0.kind == .partnership })
            #expect(partnership.cells.filter { $0.structureID == "P1" }.map(\.schools).reduce(0, +) == 2)
        }
    }
}
