import SchoolNetGraph
import Testing

@testable import SchoolNetModel

@Suite struct SyntheticShapeTests {
    /// The number of schools whose set of structures (and links) no other school has.
    private func distinctProfiles(_ landscape: Landscape) -> (schools: Int, unique: Int, inSeveralClusters: Int) {
        var structures: [URN: [String]] = [:]
        for m in landscape.memberships { structures[m.urn, default: []].append(m.structureID) }
        for l in landscape.links {
            structures[l.source, default: []].append("link:\(l.target.rawValue)")
            structures[l.target, default: []].append("link:\(l.source.rawValue)")
        }
        var counts: [[String]: Int] = [:]
        for school in landscape.schools { counts[(structures[school.urn] ?? []).sorted(), default: 0] += 1 }
        let clusters = Set(landscape.structures.filter { $0.kind == .cluster }.map(\.id))
        let several = landscape.schools.filter { school in
            (structures[school.urn] ?? []).filter { clusters.contains($0) }.count > 1
        }
        let unique = landscape.schools.filter { counts[(structures[$0.urn] ?? []).sorted()] == 1 }.count
        return (landscape.schools.count, unique, several.count)
    }

    @Test("overlapping clusters leave few schools with the same structures; partitioned ones many")
    func overlappingHasFewTwins() {
        let partitioned = distinctProfiles(SyntheticLandscape.generate(.region, seed: 3, shape: .partitioned))
        let overlapping = distinctProfiles(SyntheticLandscape.generate(.region, seed: 3, shape: .overlapping))
        #expect(partitioned.inSeveralClusters == 0)
        #expect(overlapping.inSeveralClusters > overlapping.schools / 3)
        // Most schools share their exact set of structures with nobody when clusters overlap.
        #expect(Double(overlapping.unique) > 0.85 * Double(overlapping.schools))
        #expect(overlapping.unique > partitioned.unique)
    }

    @Test("the same seed and shape give the same landscape")
    func deterministic() {
        let a = SyntheticLandscape.generate(.la, seed: 9, shape: .overlapping)
        let b = SyntheticLandscape.generate(.la, seed: 9, shape: .overlapping)
        #expect(a.memberships == b.memberships)
        #expect(a.structures.map(\.id) == b.structures.map(\.id))
    }
}
