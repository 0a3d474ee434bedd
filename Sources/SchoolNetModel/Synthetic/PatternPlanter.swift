import SchoolNetGraph

extension SyntheticLandscape.Builder {
    /// Plants, in local authority `la`, one case of each alliance pattern and one TSA-led MAT:
    /// - hierarchical: a base alliance whose lead supports most of its members, none of which
    ///   are tied to each other;
    /// - exclusive: a new partnership of six outstanding, high-attaining schools tied only to
    ///   each other;
    /// - marketised: a trust whose lead sells year-long services to five schools outside it;
    /// - TSA-led MAT: a new alliance led by a trust's lead, with all the trust's schools and a
    ///   few others.
    mutating func plant(_ la: Int, copy: Int, into truth: inout GroundTruth, using random: inout SplitMix64) {
        let local = byAuthority[la]
        let tag = "\(la + 1)-\(copy + 1)"
        // Hierarchical.
        if let alliance = structures.first(where: {
            $0.kind == .tsa && !used.contains($0.id) && $0.id.hasPrefix("TSA-\(la + 1)-")
        }),
            let leadURN = alliance.lead, let lead = index(of: leadURN)
        {
            let members = memberships.filter { $0.structureID == alliance.id && $0.urn != leadURN }.compactMap {
                index(of: $0.urn)
            }
            let supported = members.prefix(max(3, members.count * 6 / 10))
            for (k, member) in supported.enumerated() {
                links.append(Link(source: leadURN, target: urn(member), kind: k % 2 == 0 ? .nleSupport : .lleSupport))
            }
            reserved.formUnion(members + [lead])
            used.insert(alliance.id)
            truth.patterns.append(.init(structure: alliance.id, pattern: .hierarchical))
        }
        // Exclusive.
        // Schools in no alliance, so that the partnership's own ties do not fall inside one.
        let inAlliance = Set(memberships.filter { $0.structureID.hasPrefix("TSA-") }.compactMap { index(of: $0.urn) })
        let candidates = local.filter {
            !reserved.contains($0) && !trustLeads.contains($0) && !inAlliance.contains($0)
                && schools[$0].phase != .alternativeProvision
        }
        if candidates.count >= 6 {
            let chosen = Array(candidates.shuffled(using: &random).prefix(6))
            let id = "PART-EX-\(tag)"
            structures.append(
                Structure(id: id, kind: .partnership, name: "Excellence Partnership \(tag)", lead: urn(chosen[0])))
            for i in chosen {
                schools[i].ofsted = .outstanding
                schools[i].attainment = 2.5 + Double.random(in: 0...0.8, using: &random)
                memberships.append(Membership(structureID: id, urn: urn(i), role: i == chosen[0] ? .lead : .member))
            }
            for k in 0..<6 {
                links.append(Link(source: urn(chosen[k]), target: urn(chosen[(k + 1) % 6]), kind: .partnership))
            }
            links.append(Link(source: urn(chosen[0]), target: urn(chosen[3]), kind: .partnership))
            reserved.formUnion(chosen)
            used.insert(id)
            truth.patterns.append(.init(structure: id, pattern: .exclusive))
        }
        // Marketised and the TSA-led MAT use two different trusts led from this authority.
        let trusts = structures.filter { structure in
            structure.kind == .mat && !used.contains(structure.id)
                && structure.lead.flatMap(index(of:)).map { local.contains($0) && !reserved.contains($0) } == true
        }
        if let trust = trusts.first(where: { t in memberships.filter { $0.structureID == t.id }.count >= 3 }),
            let leadURN = trust.lead, let lead = index(of: leadURN)
        {
            let members = Set(memberships.filter { $0.structureID == trust.id }.compactMap { index(of: $0.urn) })
            let clients = local.filter { !members.contains($0) && !reserved.contains($0) }.shuffled(using: &random)
                .prefix(5)
            for (k, client) in clients.enumerated() {
                let start = CalendarDate(year: 2019 + k % 4, month: 9, day: 1)!
                let end = CalendarDate(year: 2020 + k % 4, month: 8, day: 31)!
                links.append(
                    Link(
                        source: leadURN, target: urn(client), kind: .tradedService,
                        period: ActivePeriod(start: start, end: end)))
            }
            reserved.insert(lead)
            used.insert(trust.id)
            // The lead's behaviour is the pattern: every structure it leads shows it.
            for led in structures
            where led.lead == leadURN && memberships.filter({ $0.structureID == led.id }).count >= 3 {
                truth.patterns.append(.init(structure: led.id, pattern: .marketised))
                used.insert(led.id)
            }
        }
        if let trust = trusts.first(where: { t in
            !used.contains(t.id) && memberships.filter { $0.structureID == t.id }.count >= 4
        }),
            let leadURN = trust.lead, let lead = index(of: leadURN)
        {
            let members = memberships.filter { $0.structureID == trust.id }.compactMap { index(of: $0.urn) }
            let extra = local.filter { !members.contains($0) }.shuffled(using: &random).prefix(
                Int.random(in: 1...3, using: &random))
            let id = "TSA-HY-\(tag)"
            structures.append(Structure(id: id, kind: .tsa, name: "Teaching Alliance \(tag)", lead: leadURN))
            for i in members + extra {
                memberships.append(Membership(structureID: id, urn: urn(i), role: i == lead ? .lead : .member))
            }
            used.insert(trust.id)
            truth.hybrids.append(.init(tsa: id, mat: trust.id, lead: leadURN))
        }
    }

    func index(of urn: URN) -> Int? {
        guard let value = Int(urn.rawValue) else { return nil }
        let i = value - 100_000
        return schools.indices.contains(i) ? i : nil
    }
}
