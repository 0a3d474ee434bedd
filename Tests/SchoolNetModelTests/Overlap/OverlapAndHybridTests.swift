import SchoolNetGraph
import Testing

@testable import SchoolNetModel

/// Overlap and hybrid structures on a landscape small enough to check by hand.
@Suite struct OverlapAndHybridTests {
    /// Six schools. MAT M = {1,2,3} led by 1; TSA T = {1,2,3,4} led by 1 (a TSA-led MAT);
    /// federation F = {2,3} (nested in M); cluster C = {3,4,5}; cluster D = {5,6}; partnership P = {6}.
    static func landscape() -> Landscape {
        let schools = (1...6).map {
            School(urn: URN("\($0)"), name: "S\($0)", localAuthority: $0 <= 4 ? "North" : "South")
        }
        let structures = [
            Structure(id: "M", kind: .mat, lead: "1"), Structure(id: "T", kind: .tsa, lead: "1"),
            Structure(id: "F", kind: .federation, federationType: .hard), Structure(id: "C", kind: .cluster),
            Structure(id: "D", kind: .cluster), Structure(id: "P", kind: .partnership),
        ]
        let members: [(String, [Int])] = [
            ("M", [1, 2, 3]), ("T", [1, 2, 3, 4]), ("F", [2, 3]), ("C", [3, 4, 5]), ("D", [5, 6]), ("P", [6]),
        ]
        let memberships = members.flatMap { id, urns in urns.map { Membership(structureID: id, urn: URN("\($0)")) } }
        return Landscape(
            schools: schools, structures: structures, memberships: memberships,
            links: [Link(source: "1", target: "4", kind: .partnership)])
    }

    @Test("pairs: shared, Jaccard, overlap coefficient and relation")
    func pairs() {
        let overlaps = Self.landscape().structureOverlaps()
        let byPair = Dictionary(uniqueKeysWithValues: overlaps.map { ("\($0.a)-\($0.b)", $0) })
        #expect(overlaps.map { "\($0.a)-\($0.b)" } == ["C-D", "C-F", "C-M", "C-T", "D-P", "F-M", "F-T", "M-T"])
        #expect(byPair["F-M"]!.relation == .nested)
        #expect(byPair["M-T"]!.relation == .nested)
        #expect(byPair["M-T"]!.jaccard == 0.75)
        #expect(byPair["M-T"]!.overlapCoefficient == 1)
        #expect(byPair["C-T"]!.relation == .interleaved)
        #expect(byPair["C-T"]!.shared == 2)
        #expect(byPair["C-T"]!.jaccard == 2.0 / 5.0)
        #expect(byPair["C-T"]!.overlapCoefficient == 2.0 / 3.0)
        #expect(byPair["D-P"]!.relation == .nested)
        let same = StructureOverlap(a: "x", b: "y", sizeA: 3, sizeB: 3, shared: 3)
        #expect(same.relation == .coincident)
        #expect(StructureOverlap(a: "x", b: "y", sizeA: 3, sizeB: 3, shared: 0).relation == .disjoint)
    }

    @Test("kind matrix: the share of one kind's schools also in another")
    func kindMatrix() {
        let matrix = KindOverlapMatrix(Self.landscape())
        #expect(matrix.kinds == [.mat, .tsa, .federation, .cluster, .partnership])
        #expect(matrix.schools[.mat] == 3)
        #expect(matrix.share[.mat]![.tsa] == 1)  // all MAT schools are in the TSA
        #expect(matrix.share[.tsa]![.mat] == 0.75)
        #expect(matrix.share[.cluster]![.cluster] == 0.25)  // school 5 is in two clusters
        #expect(matrix.share[.cluster]![.mat] == 0.25)
    }

    @Test("per school: structures and kinds; per pair of layers: Jaccard of tie sets")
    func schoolsAndLayers() {
        let landscape = Self.landscape()
        let counts = landscape.structureCounts()
        #expect(counts[2].structures == 4 && counts[2].kinds == 4)  // school 3: M, T, F, C
        #expect(counts[4].structures == 2 && counts[4].kinds == 1)  // school 5: C, D
        let layers = LayerEdgeOverlap.all(SchoolNetwork(landscape))
        let matTSA = layers.first { $0.a == .structure(.mat) && $0.b == .structure(.tsa) }!
        #expect(matTSA.tiesA == 3 && matTSA.tiesB == 6 && matTSA.shared == 3)
        #expect(matTSA.jaccard == 0.5)
        let tsaLink = layers.first { $0.a == .structure(.tsa) && $0.b == .link(.partnership) }!
        #expect(tsaLink.shared == 1)
    }

    @Test("hybrids: the lead of a MAT and a TSA, pairs of different kinds, hybridity, fragmentation")
    func hybrids() {
        let hybrids = HybridStructures(Self.landscape())
        #expect(hybrids.leads == [HybridStructures.Lead(urn: "1", kinds: [.mat, .tsa], structures: ["M", "T"])])
        func names(_ h: HybridStructures) -> [String] { h.pairs.map { "\($0.overlap.a)-\($0.overlap.b)" } }
        // Different kinds, at least two shared schools, overlap coefficient at least 0.5.
        #expect(names(hybrids) == ["C-T", "F-M", "F-T", "M-T"])
        #expect(hybrids.pairs.first { $0.overlap.a == "M" }!.kinds == [.mat, .tsa])
        let strict = HybridStructures(
            Self.landscape(), thresholds: HybridThresholds(pairOverlap: 0.9, pairMinimumShared: 2))
        #expect(names(strict) == ["F-M", "F-T", "M-T"])
        let loose = HybridStructures(
            Self.landscape(), thresholds: HybridThresholds(pairOverlap: 0.3, pairMinimumShared: 1, pairJaccard: 0))
        #expect(names(loose) == ["C-F", "C-M", "C-T", "D-P", "F-M", "F-T", "M-T"])
        // The Jaccard floor: C-F (1 of 4) and C-M (1 of 5) are small overlaps, not coinciding members.
        let floor = HybridStructures(
            Self.landscape(), thresholds: HybridThresholds(pairOverlap: 0.3, pairMinimumShared: 1, pairJaccard: 0.4))
        #expect(names(floor) == ["C-T", "D-P", "F-M", "F-T", "M-T"])
        let hybridity = Dictionary(uniqueKeysWithValues: hybrids.hybridity.map { ($0.id, $0.hybridity) })
        #expect(hybridity["M"] == 1)  // every MAT school is also in the TSA
        #expect(hybridity["D"] == 0.5)  // school 6 is in the partnership, school 5 in no other kind
        #expect(hybridity["P"] == 1)
        #expect(hybrids.fragmentation.map(\.localAuthority) == ["North", "South"])
        #expect(hybrids.fragmentation[0].structuresTouching == 4)  // M, T, F, C
        #expect(hybrids.fragmentation[0].structuresPerSchool == 11.0 / 4.0)
    }
}
