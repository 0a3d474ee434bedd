import SchoolNetGraph

/// When each tie of a school network exists, from the dates of the memberships and links that
/// make it, pair by pair as the projection ties them: with cliques, two members are tied while
/// both are members and the structure exists (the three periods intersected); with stars, the
/// lead and each member (a lead with no membership row counts as a member for the structure's
/// whole life); a link ties its schools over its own period. A tie's spells are the union of
/// those periods, overlapping or touching ones merged, in order.
///
/// - Complexity: O(Σ members² + links) to build, like the clique projection.
public struct TieSpells: Sendable {
    private var periods: [Int: [Int: [ActivePeriod]]] = [:]
    /// Pairs tied in the merged history whose periods never overlap.
    private var seen: Set<[Int]> = []

    public init(_ landscape: Landscape, network: SchoolNetwork) {
        let graph = network.graph
        func add(_ a: Int, _ b: Int, _ period: ActivePeriod?) {
            guard a != b, graph.hasEdge(NodeID(a), NodeID(b)) || graph.hasEdge(NodeID(b), NodeID(a)) else { return }
            seen.insert([min(a, b), max(a, b)])
            guard let period else { return }
            periods[min(a, b), default: [:]][max(a, b), default: []].append(period)
        }
        for structure in landscape.structures where network.selection.layers.contains(.structure(structure.kind)) {
            let members = landscape.memberships(of: structure.id).compactMap { membership in
                landscape.index(of: membership.urn).map { (school: $0, period: membership.period) }
            }
            if network.selection.projection == .star, let lead = landscape.leadIndex(of: structure) {
                let leadPeriods = members.filter { $0.school == lead }.map(\.period)
                for member in members where member.school != lead {
                    for leadPeriod in leadPeriods.isEmpty ? [ActivePeriod.always] : leadPeriods {
                        add(lead, member.school, leadPeriod.intersection(member.period)?.intersection(structure.period))
                    }
                }
                continue
            }
            for (i, a) in members.enumerated() {
                for b in members[(i + 1)...] {
                    add(a.school, b.school, a.period.intersection(b.period)?.intersection(structure.period))
                }
            }
        }
        for link in landscape.links where network.selection.layers.contains(.link(link.kind)) {
            guard let a = landscape.index(of: link.source), let b = landscape.index(of: link.target) else { continue }
            add(a, b, link.period)
        }
    }

    /// The spells of the tie between schools `a` and `b` (network positions), merged and in
    /// order: empty when the tie is always there (or nothing dates it), nil when it exists on no
    /// single day.
    public func spells(_ a: Int, _ b: Int) -> [ActivePeriod]? {
        let pair = [min(a, b), max(a, b)]
        guard let found = periods[pair[0]]?[pair[1]] else { return seen.contains(pair) ? nil : [] }
        let merged = ActivePeriod.union(found)
        return merged == [.always] ? [] : merged
    }
}

extension ActivePeriod {
    /// The days both periods share; nil when none.
    public func intersection(_ other: ActivePeriod) -> ActivePeriod? {
        let from = [start, other.start].compactMap { $0 }.max()
        let to = [end, other.end].compactMap { $0 }.min()
        if let from, let to, !(from < to) { return nil }
        return ActivePeriod(start: from, end: to)
    }

    /// The periods merged where they overlap or touch, ordered by start (an open start first).
    static func union(_ periods: [ActivePeriod]) -> [ActivePeriod] {
        let sorted = periods.sorted { a, b in
            switch (a.start, b.start) {
            case (nil, nil): return false
            case (nil, _): return true
            case (_, nil): return false
            case (let x?, let y?): return x < y
            }
        }
        var merged: [ActivePeriod] = []
        for period in sorted {
            guard var last = merged.last else {
                merged.append(period)
                continue
            }
            // Touching: the last ends on (or after) the day this one starts, or never ends.
            let touches = last.end.map { end in period.start.map { !(end < $0) } ?? true } ?? true
            if touches {
                if let end = last.end {
                    last.end = period.end.map { Swift.max(end, $0) }
                }
                merged[merged.count - 1] = last
            } else {
                merged.append(period)
            }
        }
        return merged
    }
}
