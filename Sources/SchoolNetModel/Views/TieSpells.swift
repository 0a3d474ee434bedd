import SchoolNetGraph

/// When each tie of a school network exists, from the dates of the memberships and links that
/// make it: two schools sharing a structure are tied while both are members and the structure
/// exists (the intersection of the three periods); a link ties them over its own period. A tie's
/// spells are the union of those periods, overlapping or touching ones merged, in order.
///
/// - Complexity: O(Σ members² + links) to build, like the clique projection.
public struct TieSpells: Sendable {
    private var periods: [Int: [Int: [ActivePeriod]]] = [:]

    public init(_ landscape: Landscape, network: SchoolNetwork) {
        let graph = network.graph
        func add(_ a: Int, _ b: Int, _ period: ActivePeriod?) {
            guard let period, a != b, graph.hasEdge(NodeID(a), NodeID(b)) || graph.hasEdge(NodeID(b), NodeID(a))
            else { return }
            periods[min(a, b), default: [:]][max(a, b), default: []].append(period)
        }
        for structure in landscape.structures where network.selection.layers.contains(.structure(structure.kind)) {
            let members = landscape.memberships(of: structure.id).compactMap { membership in
                landscape.index(of: membership.urn).map { ($0, membership.period) }
            }
            for (i, a) in members.enumerated() {
                for b in members[(i + 1)...] {
                    add(a.0, b.0, a.1.intersection(b.1)?.intersection(structure.period))
                }
            }
        }
        for link in landscape.links where network.selection.layers.contains(.link(link.kind)) {
            guard let a = landscape.index(of: link.source), let b = landscape.index(of: link.target) else { continue }
            add(a, b, link.period)
        }
    }

    /// The spells of the tie between schools `a` and `b` (network positions), merged and in
    /// order; empty when the tie is always there (or its periods are not known).
    public func spells(_ a: Int, _ b: Int) -> [ActivePeriod] {
        let merged = ActivePeriod.union(periods[min(a, b)]?[max(a, b)] ?? [])
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
