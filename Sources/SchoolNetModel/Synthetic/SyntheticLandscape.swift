import SchoolNetGraph

/// Synthetic landscapes of realistic size and shape, for benchmarks and tests: the same seed
/// gives the same landscape on every platform (`SplitMix64`).
///
/// Shape, per local authority: about 80% primaries, 16% secondaries, the rest special schools
/// and alternative provision; local clusters of 8–25 primaries covering about 85% of primaries;
/// multi-academy trusts at about one per eight schools, in the size bands of the National
/// Schools Commissioner (60% starter, 28% established, 9% national, 3% system leader), the
/// larger ones reaching into neighbouring authorities; teaching school alliances at about one
/// per 27 schools, each led by an outstanding school, about half of them the lead of a trust;
/// hard and soft federations of two or three maintained primaries (about one per 33 schools);
/// support links from outstanding schools to struggling ones (about one per 20 schools) and
/// some traded services from trust leads to schools outside their trust. The ``SyntheticShape``
/// says whether clusters partition the primaries or overlap.
public enum SyntheticLandscape {
    public static func generate(_ scale: SyntheticScale, seed: UInt64, shape: SyntheticShape = .partitioned)
        -> Landscape
    {
        generate(scale, seed: seed, plant: false, shape: shape).landscape
    }

    /// A landscape with planted hierarchical, exclusive and marketised alliances and TSA-led
    /// MATs (see `PatternPlanter`), and the ground truth of what was planted. With `plant`, the
    /// base landscape sells no traded services, alliances led by a trust's lead leave that
    /// trust's other schools out, and base support links avoid planted schools, so that only the
    /// planted cases carry the patterns by construction.
    public static func generate(
        _ scale: SyntheticScale, seed: UInt64, plant: Bool, shape: SyntheticShape = .partitioned
    ) -> (landscape: Landscape, truth: GroundTruth) {
        var random = SplitMix64(seed: seed)
        var builder = Builder()
        builder.planting = plant
        if shape == .overlapping { builder.allianceSize = 6...20 }
        let perAuthority = scale.schools / scale.localAuthorities
        for la in 0..<scale.localAuthorities {
            let region = la * scale.regions / scale.localAuthorities
            builder.addAuthority(la, region: region, schools: perAuthority, using: &random)
        }
        for la in 0..<scale.localAuthorities {
            switch shape {
            case .partitioned: builder.addClusters(la, using: &random)
            case .overlapping: builder.addOverlappingClusters(la, using: &random)
            }
        }
        builder.addTrusts(authorities: scale.localAuthorities, using: &random)
        var truth = GroundTruth()
        for la in 0..<scale.localAuthorities {
            builder.addFederations(la, using: &random)
            builder.addAlliances(la, authorities: scale.localAuthorities, using: &random)
            if plant && la % max(1, scale.localAuthorities / 50) == 0 {
                for copy in 0..<(scale == .la ? 2 : 1) { builder.plant(la, copy: copy, into: &truth, using: &random) }
            }
        }
        for la in 0..<scale.localAuthorities { builder.addLinks(la, using: &random) }
        if shape == .overlapping {
            for la in 0..<scale.localAuthorities {
                builder.addPartnerships(la, authorities: scale.localAuthorities, using: &random)
            }
        }
        return (builder.landscape(), truth)
    }

    struct Builder {
        var schools: [School] = []
        var byAuthority: [[Int]] = []
        var structures: [Structure] = []
        var memberships: [Membership] = []
        var links: [Link] = []
        var trustOf: [Int: String] = [:]
        var trustLeads: [Int] = []
        var federated: Set<Int> = []
        /// Planting mode: see ``SyntheticLandscape/generate(_:seed:plant:)``.
        var planting = false
        /// Schools of planted structures, which base support links leave alone.
        var reserved: Set<Int> = []
        /// Structures already used by a plant.
        var used: Set<String> = []
        /// How many schools each teaching school alliance draws besides its lead.
        var allianceSize = 10...40

        func urn(_ i: Int) -> URN { URN(String(100_000 + i)) }

        mutating func addAuthority(_ la: Int, region: Int, schools count: Int, using random: inout SplitMix64) {
            let latitude = 50.5 + Double(la % 15) * 0.28
            let longitude = -4.5 + Double(la / 15) * 0.55
            var members: [Int] = []
            for k in 0..<count {
                let i = schools.count
                let roll = Double.random(in: 0..<1, using: &random)
                let phase: Phase =
                    roll < 0.80 ? .primary : roll < 0.96 ? .secondary : roll < 0.99 ? .special : .alternativeProvision
                let grade = Double.random(in: 0..<1, using: &random)
                let ofsted: OfstedGrade =
                    grade < 0.18
                    ? .outstanding : grade < 0.78 ? .good : grade < 0.95 ? .requiresImprovement : .inadequate
                let base: Double =
                    switch ofsted {
                    case .outstanding: 1.4
                    case .good: 0.3
                    case .requiresImprovement: -0.9
                    default: -1.8
                    }
                schools.append(
                    School(
                        urn: urn(i), name: "School \(la + 1)-\(k + 1)", phase: phase, governance: .maintained,
                        localAuthority: "Authority \(la + 1)", region: "Region \(region + 1)", ofsted: ofsted,
                        attainment: ((base + Double.random(in: -0.8...0.8, using: &random)) * 100).rounded() / 100,
                        disadvantage: (Double.random(in: 0.03...0.55, using: &random) * 1000).rounded() / 1000,
                        pupils: phase == .primary
                            ? Int.random(in: 60...480, using: &random) : Int.random(in: 80...1800, using: &random),
                        location: Coordinate(
                            latitude: latitude + Double.random(in: -0.12...0.12, using: &random),
                            longitude: longitude + Double.random(in: -0.2...0.2, using: &random))))
                members.append(i)
            }
            byAuthority.append(members)
        }

        mutating func addClusters(_ la: Int, using random: inout SplitMix64) {
            var primaries = byAuthority[la].filter { schools[$0].phase == .primary }
            primaries.shuffle(using: &random)
            primaries = Array(primaries.prefix(primaries.count * 85 / 100))
            var start = 0
            var number = 0
            while start < primaries.count {
                let size = min(Int.random(in: 8...25, using: &random), primaries.count - start)
                number += 1
                let id = "CL-\(la + 1)-\(number)"
                structures.append(Structure(id: id, kind: .cluster, name: "Cluster \(la + 1)-\(number)"))
                for i in primaries[start..<(start + size)] {
                    memberships.append(Membership(structureID: id, urn: urn(i)))
                }
                start += size
            }
        }

        mutating func addTrusts(authorities: Int, using random: inout SplitMix64) {
            var available = byAuthority.map { $0.filter { schools[$0].phase != .alternativeProvision } }
            for la in available.indices { available[la].shuffle(using: &random) }
            let trusts = schools.count / 8
            for t in 0..<trusts {
                let band = Double.random(in: 0..<1, using: &random)
                let size =
                    band < 0.60
                    ? Int.random(in: 1...5, using: &random)
                    : band < 0.88
                        ? Int.random(in: 6...15, using: &random)
                        : band < 0.97
                            ? Int.random(in: 16...30, using: &random) : Int.random(in: 31...60, using: &random)
                let home = t % authorities
                var chosen: [Int] = []
                var la = home
                var step = 0
                while chosen.count < size && step < 6 {
                    let take = min(size - chosen.count, max(1, available[la].count / 3))
                    chosen += available[la].suffix(take)
                    available[la].removeLast(min(take, available[la].count))
                    step += 1
                    la = (home + step) % authorities
                }
                guard !chosen.isEmpty else { continue }
                let id = "MAT-\(t + 1)"
                let lead = chosen.max { (schools[$0].attainment ?? 0) < (schools[$1].attainment ?? 0) }!
                structures.append(Structure(id: id, kind: .mat, name: "Trust \(t + 1)", lead: urn(lead)))
                trustLeads.append(lead)
                for i in chosen {
                    schools[i].governance =
                        Double.random(in: 0..<1, using: &random) < 0.7 ? .academyConverter : .academySponsorLed
                    memberships.append(Membership(structureID: id, urn: urn(i), role: i == lead ? .lead : .member))
                    trustOf[i] = id
                }
            }
        }

        mutating func addFederations(_ la: Int, using random: inout SplitMix64) {
            let candidates = byAuthority[la].filter { schools[$0].phase == .primary && trustOf[$0] == nil }
            var index = 0
            for f in 0..<(byAuthority[la].count / 33) {
                let size = Int.random(in: 2...3, using: &random)
                guard index + size <= candidates.count else { break }
                let id = "FED-\(la + 1)-\(f + 1)"
                let hard = Double.random(in: 0..<1, using: &random) < 0.6
                structures.append(
                    Structure(
                        id: id, kind: .federation, name: "Federation \(la + 1)-\(f + 1)",
                        lead: urn(candidates[index]), federationType: hard ? .hard : .soft))
                for i in candidates[index..<(index + size)] {
                    memberships.append(
                        Membership(structureID: id, urn: urn(i), role: i == candidates[index] ? .lead : .member))
                    federated.insert(i)
                }
                index += size
            }
        }

        mutating func addAlliances(_ la: Int, authorities: Int, using random: inout SplitMix64) {
            let local = byAuthority[la]
            let outstanding = local.filter { schools[$0].ofsted == .outstanding }
            let leadsHere = Set(trustLeads).intersection(local).sorted()
            for a in 0..<max(1, local.count / 27) {
                let lead: Int
                if a % 2 == 0, a / 2 < leadsHere.count {
                    lead = leadsHere[a / 2]
                } else if !outstanding.isEmpty {
                    lead = outstanding[Int.random(in: 0..<outstanding.count, using: &random)]
                } else {
                    continue
                }
                schools[lead].ofsted = .outstanding
                if !schools[lead].designations.contains(.teachingSchool) {
                    schools[lead].designations.append(.teachingSchool)
                }
                let id = "TSA-\(la + 1)-\(a + 1)"
                structures.append(Structure(id: id, kind: .tsa, name: "Alliance \(la + 1)-\(a + 1)", lead: urn(lead)))
                memberships.append(Membership(structureID: id, urn: urn(lead), role: .lead))
                var pool = local
                if authorities > 1 { pool += byAuthority[(la + 1) % authorities].prefix(10) }
                pool.shuffle(using: &random)
                for i in pool.prefix(Int.random(in: allianceSize, using: &random))
                where i != lead && !(planting && trustOf[i] != nil && trustOf[i] == trustOf[lead]) {
                    memberships.append(Membership(structureID: id, urn: urn(i)))
                }
            }
        }

        mutating func addLinks(_ la: Int, using random: inout SplitMix64) {
            let local = byAuthority[la]
            let leaders = local.filter { schools[$0].ofsted == .outstanding }
            let struggling = local.filter {
                schools[$0].ofsted == .inadequate || schools[$0].ofsted == .requiresImprovement
            }
            guard !leaders.isEmpty else { return }
            for (k, target) in struggling.prefix(local.count / 20).enumerated() {
                let source = leaders[Int.random(in: 0..<leaders.count, using: &random)]
                guard source != target, !reserved.contains(source), !reserved.contains(target) else { continue }
                let kind: LinkKind = [.nleSupport, .lleSupport, .sleSupport][k % 3]
                links.append(Link(source: urn(source), target: urn(target), kind: kind))
            }
            guard !planting else { return }
            let sellers = trustLeads.filter { schools[$0].localAuthority == schools[local[0]].localAuthority }
            for seller in sellers.prefix(2) {
                for client in local.shuffled(using: &random).prefix(3)
                where trustOf[client] != trustOf[seller] && client != seller {
                    links.append(Link(source: urn(seller), target: urn(client), kind: .tradedService))
                }
            }
        }

        func landscape() -> Landscape {
            Landscape(schools: schools, structures: structures, memberships: memberships, links: links)
        }
    }
}
