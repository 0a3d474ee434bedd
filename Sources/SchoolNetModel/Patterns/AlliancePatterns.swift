/// Hierarchical, exclusive and marketised alliances (<doc:Definitions#Alliance-patterns>), judged for
/// every structure with a lead from its explicit ties (links.csv) and its members' attributes.
///
/// - **Hierarchical**: explicit ties among the members concentrate on the lead. Evidence: the ties
///   (distinct pairs) among members; the share involving the lead; Freeman degree centralization
///   of those ties among the members that have any (NaN below three); the density of ties among the other members; the share of support links
///   between the lead and members that run from the lead. Yes when centralization, lead share,
///   member density and support from the lead pass their thresholds (no support link between
///   the lead and its members: no).
/// - **Exclusive**: members perform well above the schools around them (the other schools of
///   the local authorities they are in), tie mostly inward, and send little support to weaker
///   schools outside. Evidence: mean attainment inside and around, the gap in standard
///   deviations of all compared schools, the E-I index of the members' explicit ties, support
///   links from members to low-performing non-members. Yes when the gap passes its threshold,
///   the E-I index is below its threshold and no support reaches weaker schools outside.
/// - **Marketised**: the lead sells services one way, to clients outside. Evidence: the lead's
///   ties, the traded services it sells and their share, the share of clients outside the
///   structure, the share of its directed ties returned, the median length in days of its
///   dated traded services. Yes when the traded count, traded share and outside share pass and
///   reciprocity (clients with a standing tie back) stays below its threshold, and the services
///   are short-lived (median length at most its threshold; undated services cannot be judged).
///
/// Every verdict's score is the share of its clauses that hold: 1 for yes, less for no, NaN
/// when the data do not allow a judgement.
///
/// When asked (scope `lead`), a lead school's wider set of ties is judged, as `lead:<URN>`: its
/// circle is the lead, every member of every structure it leads, and every school joined to it
/// by a link. Hierarchical and exclusive are judged on the circle as on a structure's members;
/// marketised counts as "outside" the clients in none of the structures it leads.
///
/// Each is "insufficient-data" when the structure has fewer members or ties than the
/// thresholds ask, or (exclusive) too few schools with attainment on either side.
public enum AlliancePatterns {
    public static func findings(
        _ landscape: Landscape, thresholds: PatternThresholds = PatternThresholds(),
        scopes: Set<FindingScope> = [.structure]
    ) -> [Finding] {
        let links = LinkIndex(landscape)
        // Each authority's schools with attainment, in URN order, found once.
        var attainmentByArea: [String: [(urn: URN, attainment: Double)]] = [:]
        for school in landscape.schools.sorted(by: { $0.urn < $1.urn }) {
            if let area = school.localAuthority, let attainment = school.attainment {
                attainmentByArea[area, default: []].append((school.urn, attainment))
            }
        }
        var led: [URN: Set<URN>] = [:]
        var results: [Finding] = []
        for structure in landscape.structures.sorted(by: { $0.id < $1.id }) {
            guard let leadIndex = landscape.leadIndex(of: structure) else { continue }
            let lead = landscape.schools[leadIndex].urn
            let members = Set(landscape.members(of: structure.id)).union([lead])
            led[lead, default: []].formUnion(members)
            guard scopes.contains(.structure) else { continue }
            results += [
                hierarchical(structure.id, lead: lead, members: members, links: links, thresholds),
                exclusive(
                    structure.id, members: members, landscape: landscape, attainmentByArea: attainmentByArea,
                    links: links, thresholds),
                marketised(structure.id, lead: lead, members: members, links: links, thresholds),
            ]
        }
        guard scopes.contains(.lead) else { return results }
        for (lead, membership) in led.sorted(by: { $0.key < $1.key }) {
            let id = "lead:\(lead)"
            let circle = membership.union(links.all(involving: lead).flatMap { [$0.source, $0.target] })
            results += [
                hierarchical(id, lead: lead, members: circle, links: links, thresholds),
                exclusive(
                    id, members: circle, landscape: landscape, attainmentByArea: attainmentByArea, links: links,
                    thresholds),
                marketised(id, lead: lead, members: membership, links: links, thresholds),
            ].map { finding in
                var finding = finding
                finding.scope = .lead
                return finding
            }
        }
        return results
    }

    static func hierarchical(_ id: String, lead: URN, members: Set<URN>, links: LinkIndex, _ t: PatternThresholds)
        -> Finding
    {
        let pairs = links.pairs(within: members)
        let n = Double(members.count)
        var degree: [URN: Double] = [:]
        for pair in pairs {
            degree[pair.0, default: 0] += 1
            degree[pair.1, default: 0] += 1
        }
        let involvingLead = pairs.filter { $0.0 == lead || $0.1 == lead }.count
        let others = members.count - 1
        let memberTies = pairs.count - involvingLead
        let possibleAmongOthers = Double(others * (others - 1) / 2)
        // Centralization among the members that have explicit ties: members without any say
        // nothing about where ties concentrate.
        let active = members.sorted().filter { (degree[$0] ?? 0) > 0 }
        let a = Double(active.count)
        let top = active.map { degree[$0]! }.max() ?? 0
        let centralization = a >= 3 ? active.reduce(0.0) { $0 + top - degree[$1]! } / ((a - 1) * (a - 2)) : .nan
        let leadShare = pairs.isEmpty ? .nan : Double(involvingLead) / Double(pairs.count)
        let memberDensity = possibleAmongOthers > 0 ? Double(memberTies) / possibleAmongOthers : 0
        let support = links.support(within: members).filter { $0.source == lead || $0.target == lead }
        let outward =
            support.isEmpty ? .nan : Double(support.filter { $0.source == lead }.count) / Double(support.count)
        let evidence: [(String, Double)] = [
            ("members", n), ("members_with_ties", a), ("tied_share", n > 0 ? a / n : .nan),
            ("ties", Double(pairs.count)),
            ("ties_involving_lead", Double(involvingLead)),
            ("lead_share", leadShare), ("centralization", centralization), ("member_density", memberDensity),
            ("support_links_with_lead", Double(support.count)), ("support_from_lead_share", outward),
        ]
        guard members.count >= t.minimumMembers, pairs.count >= t.minimumTies, a >= t.hierarchicalMinimumTiedShare * n
        else {
            return Finding(
                structure: id, pattern: .hierarchical, verdict: .insufficientData, score: .nan, evidence: evidence)
        }
        return judged(
            id, .hierarchical,
            clauses: [
                centralization >= t.hierarchicalCentralization, leadShare >= t.hierarchicalLeadShare,
                memberDensity <= t.hierarchicalMemberDensity, outward >= t.hierarchicalSupportFromLead,
            ], evidence: evidence)
    }

    static func exclusive(
        _ id: String, members: Set<URN>, landscape: Landscape,
        attainmentByArea: [String: [(urn: URN, attainment: Double)]],
        links: LinkIndex, _ t: PatternThresholds
    ) -> Finding {
        // Sums run in URN order: a Set's order changes from run to run, and so would the last
        // digit of a floating-point sum.
        let ordered = members.sorted()
        let areas = Set(ordered.compactMap { landscape.school($0)?.localAuthority })
        let inside = ordered.compactMap { landscape.school($0)?.attainment }
        let around = areas.sorted().flatMap { attainmentByArea[$0] ?? [] }.filter { !members.contains($0.urn) }.map(
            \.attainment)
        let all = inside + around
        let meanInside = inside.isEmpty ? .nan : inside.reduce(0, +) / Double(inside.count)
        let meanAround = around.isEmpty ? .nan : around.reduce(0, +) / Double(around.count)
        let mean = all.isEmpty ? 0 : all.reduce(0, +) / Double(all.count)
        let sd =
            all.count > 1
            ? (all.reduce(0) { $0 + ($1 - mean) * ($1 - mean) } / Double(all.count - 1)).squareRoot() : .nan
        let gap = sd > 0 ? (meanInside - meanAround) / sd : .nan
        let (external, inward) = links.externalAndInternal(members)
        let ei = external + inward == 0 ? .nan : Double(external - inward) / Double(external + inward)
        let supportOut = links.support(from: members).filter { link in
            !members.contains(link.target)
                && (landscape.school(link.target)?.ofsted).map { $0 == .requiresImprovement || $0 == .inadequate }
                    == true
        }.count
        let evidence: [(String, Double)] = [
            ("members", Double(members.count)), ("members_with_attainment", Double(inside.count)),
            ("surrounding_with_attainment", Double(around.count)), ("mean_attainment_members", meanInside),
            ("mean_attainment_surrounding", meanAround), ("attainment_gap_sd", gap),
            ("external_ties", Double(external)),
            ("internal_ties", Double(inward)), ("ei_index", ei), ("support_to_weaker_outside", Double(supportOut)),
        ]
        guard members.count >= t.minimumMembers, inside.count >= t.exclusiveMinimumCompared,
            around.count >= t.exclusiveMinimumCompared, external + inward >= t.minimumTies, !gap.isNaN
        else {
            return Finding(
                structure: id, pattern: .exclusive, verdict: .insufficientData, score: .nan, evidence: evidence)
        }
        return judged(
            id, .exclusive, clauses: [gap >= t.exclusiveAttainmentGap, ei < t.exclusiveEIIndex, supportOut == 0],
            evidence: evidence)
    }

    static func marketised(_ id: String, lead: URN, members: Set<URN>, links: LinkIndex, _ t: PatternThresholds)
        -> Finding
    {
        let ties = links.all(involving: lead)
        let sold = ties.filter { $0.kind == .tradedService && $0.source == lead }
        let clients = Set(sold.map(\.target))
        let outside = clients.filter { !members.contains($0) }
        // A standing tie back: the client supports or sells to the lead, or is its partner.
        let returning = clients.filter { client in
            ties.contains { link in
                (link.source == client && link.target == lead) || (!link.kind.isDirected && link.target == client)
            }
        }
        let durations = sold.compactMap { link -> Double? in
            guard let start = link.period.start, let end = link.period.end else { return nil }
            return Double(CalendarDate.daysBetween(start, end))
        }.sorted()
        let median =
            durations.isEmpty
            ? .nan
            : durations.count % 2 == 1
                ? durations[durations.count / 2]
                : (durations[durations.count / 2 - 1] + durations[durations.count / 2]) / 2
        let tradedShare = ties.isEmpty ? .nan : Double(sold.count) / Double(ties.count)
        let outsideShare = clients.isEmpty ? .nan : Double(outside.count) / Double(clients.count)
        let reciprocity = clients.isEmpty ? .nan : Double(returning.count) / Double(clients.count)
        let evidence: [(String, Double)] = [
            ("lead_ties", Double(ties.count)), ("traded_services_sold", Double(sold.count)),
            ("traded_share", tradedShare),
            ("clients", Double(clients.count)), ("clients_outside_share", outsideShare), ("reciprocity", reciprocity),
            ("median_traded_days", median),
        ]
        guard members.count >= t.minimumMembers, ties.count >= t.minimumTies else {
            return Finding(
                structure: id, pattern: .marketised, verdict: .insufficientData, score: .nan, evidence: evidence)
        }
        // Short-lived is part of the pattern: without dated services it cannot be told.
        guard !median.isNaN || sold.count < t.marketisedMinimumTraded else {
            return Finding(
                structure: id, pattern: .marketised, verdict: .insufficientData, score: .nan, evidence: evidence)
        }
        return judged(
            id, .marketised,
            clauses: [
                sold.count >= t.marketisedMinimumTraded, tradedShare >= t.marketisedTradedShare,
                outsideShare >= t.marketisedOutsideShare, reciprocity <= t.marketisedReciprocity,
                median <= Double(t.marketisedMaximumMedianDays),
            ], evidence: evidence)
    }

    /// A verdict from its clauses: yes when every one holds. The score is the share of clauses
    /// that hold, so it means the same for every pattern and verdict: 1 for a yes, below 1 for a no.
    /// A clause whose evidence is undefined (no clients, so no reciprocity) does not hold.
    static func judged(_ id: String, _ pattern: AlliancePattern, clauses: [Bool], evidence: [(String, Double)])
        -> Finding
    {
        let held = clauses.filter { $0 }.count
        return Finding(
            structure: id, pattern: pattern, verdict: held == clauses.count ? .yes : .no,
            score: Double(held) / Double(clauses.count), evidence: evidence)
    }
}

/// The landscape's links, found by school.
struct LinkIndex {
    let bySchool: [URN: [Link]]

    init(_ landscape: Landscape) {
        var index: [URN: [Link]] = [:]
        for link in landscape.links where link.source != link.target {
            index[link.source, default: []].append(link)
            index[link.target, default: []].append(link)
        }
        bySchool = index
    }

    func all(involving school: URN) -> [Link] { bySchool[school] ?? [] }

    /// Distinct unordered pairs of members joined by any link, as (smaller, larger).
    func pairs(within members: Set<URN>) -> [(URN, URN)] {
        var seen = Set<[URN]>()
        for school in members {
            for link in bySchool[school] ?? [] where members.contains(link.source) && members.contains(link.target) {
                seen.insert([min(link.source, link.target), max(link.source, link.target)])
            }
        }
        return seen.map { ($0[0], $0[1]) }.sorted { ($0.0, $0.1) < ($1.0, $1.1) }
    }

    /// Support links (NLE, LLE, SLE) with both ends among the members.
    func support(within members: Set<URN>) -> [Link] {
        unique(
            members.flatMap { bySchool[$0] ?? [] }.filter {
                isSupport($0) && members.contains($0.source) && members.contains($0.target)
            })
    }

    /// Support links from members (to anyone).
    func support(from members: Set<URN>) -> [Link] {
        unique(members.flatMap { bySchool[$0] ?? [] }.filter { isSupport($0) && members.contains($0.source) })
    }

    /// Links with exactly one end (external) or both ends (internal) among the members.
    func externalAndInternal(_ members: Set<URN>) -> (Int, Int) {
        let touching = unique(members.flatMap { bySchool[$0] ?? [] })
        let inward = touching.filter { members.contains($0.source) && members.contains($0.target) }.count
        return (touching.count - inward, inward)
    }

    private func isSupport(_ link: Link) -> Bool { [.nleSupport, .lleSupport, .sleSupport].contains(link.kind) }

    private func unique(_ links: [Link]) -> [Link] {
        var seen = Set<Link>()
        return links.filter { seen.insert($0).inserted }
    }
}
