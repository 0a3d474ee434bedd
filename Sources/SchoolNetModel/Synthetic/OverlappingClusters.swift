import SchoolNetGraph

extension SyntheticLandscape.Builder {
    /// Overlapping local clusters (``SyntheticShape/overlapping``): about one cluster centre per
    /// six primaries, each at a school's place; every primary joins its nearest centre, the
    /// second nearest with probability 0.5 and the third with 0.15; every other school joins its
    /// nearest centre with probability 0.8 and the second with 0.3.
    mutating func addOverlappingClusters(_ la: Int, using random: inout SplitMix64) {
        let local = byAuthority[la]
        let primaries = local.filter { schools[$0].phase == .primary }
        guard !primaries.isEmpty else { return }
        let centres = (0..<max(1, primaries.count / 6)).map { _ in
            schools[local[Int.random(in: 0..<local.count, using: &random)]].location!
        }
        var members = [[Int]](repeating: [], count: centres.count)
        for i in local {
            let here = schools[i].location!
            let nearest = centres.indices.sorted {
                (squaredDistance(centres[$0], here), $0) < (squaredDistance(centres[$1], here), $1)
            }
            let chances: [Double] = schools[i].phase == .primary ? [1, 0.5, 0.15] : [0.8, 0.3]
            for (rank, chance) in chances.enumerated() where rank < nearest.count {
                if Double.random(in: 0..<1, using: &random) < chance { members[nearest[rank]].append(i) }
            }
        }
        for (c, schoolsInCluster) in members.enumerated() where schoolsInCluster.count > 1 {
            let id = "CL-\(la + 1)-\(c + 1)"
            structures.append(Structure(id: id, kind: .cluster, name: "Cluster \(la + 1)-\(c + 1)"))
            for i in schoolsInCluster { memberships.append(Membership(structureID: id, urn: urn(i))) }
        }
    }

    /// Small partnerships of three to six schools, about one per ten schools, drawn from the
    /// authority and its neighbour, so that schools with the same clusters still differ.
    mutating func addPartnerships(_ la: Int, authorities: Int, using random: inout SplitMix64) {
        var pool = byAuthority[la]
        if authorities > 1 { pool += byAuthority[(la + 1) % authorities] }
        for p in 0..<(byAuthority[la].count / 10) {
            let id = "PS-\(la + 1)-\(p + 1)"
            structures.append(Structure(id: id, kind: .partnership, name: "Partnership \(la + 1)-\(p + 1)"))
            pool.shuffle(using: &random)
            for i in pool.prefix(Int.random(in: 3...6, using: &random)).sorted() {
                memberships.append(Membership(structureID: id, urn: urn(i)))
            }
        }
    }

    private func squaredDistance(_ a: Coordinate, _ b: Coordinate) -> Double {
        let dy = a.latitude - b.latitude
        let dx = a.longitude - b.longitude
        return dx * dx + dy * dy
    }
}
