import SchoolNetGraph

/// A matched comparison: the members of a kind of structure (or of one structure) against
/// non-members matched to them on context, and the difference in an outcome between the two.
/// A descriptive association among similar schools, never an effect of membership.
///
/// Each member with every feature and the outcome known is matched to the nearest non-member of
/// the same stratum (``ContextFeatures``), within the calliper (a largest distance, in the
/// features' standard deviations) when set. Without replacement, each non-member serves once and
/// the pairs are an optimal pair matching (Rosenbaum 1989): as many members matched as the
/// calliper allows, at the least total distance, by `MinCostFlow`. With replacement, each
/// member takes its nearest non-member (ties to the lower URN). The difference is the mean over
/// pairs of (member's outcome − its match's); its 95 % interval is the 2.5th and 97.5th percentiles
/// of the means of pairs resampled with replacement, and its p-value comes from flipping the sign
/// of each pair's difference at random (both seeded).
public struct MatchedComparison: Sendable {
    public struct Pair: Sendable, Equatable {
        public let member: Int
        public let control: Int
        public let distance: Double
        public let difference: Double
    }

    public let outcome: String
    public let members: [Int]
    public let pairs: [Pair]
    /// Members not matched, and why.
    public let unmatched: [(school: Int, reason: String)]
    public let difference: Double
    public let interval: (low: Double, high: Double)
    public let test: PermutationOutcome

    /// - Parameters:
    ///   - landscape: the schools, at the date to compare.
    ///   - members: the members' positions (the rest are the pool of non-members).
    ///   - outcome: a numeric school attribute.
    ///   - features: the context to match on.
    ///   - calliper: the largest distance a pair may have; nil for none.
    ///   - replacement: whether a non-member may serve more than one member.
    ///   - resamples: bootstrap resamples and sign flips.
    ///   - seed: the seed of both.
    /// - Complexity: O(members × pool) distances, then the flow without replacement.
    public init(
        _ landscape: Landscape, members: Set<Int>, outcome: String, features: ContextFeatures, calliper: Double?,
        replacement: Bool, resamples: Int, seed: UInt64
    ) {
        self.outcome = outcome
        let schools = landscape.schools
        let order = Landscape.urnOrder(schools)
        let value = schools.map { SchoolAttribute.number(outcome, of: $0) }
        self.members = order.filter(members.contains)
        let pool = order.filter { !members.contains($0) && value[$0] != nil && features.standardised[$0] != nil }
        var unmatched: [(Int, String)] = []
        var candidates: [(member: Int, control: Int, distance: Double)] = []
        var eligible: [Int] = []
        for m in self.members {
            if let lacking = features.missing[m] {
                unmatched.append((m, "no \(lacking)"))
                continue
            }
            guard value[m] != nil else {
                unmatched.append((m, "no \(outcome)"))
                continue
            }
            let near = pool.filter { features.comparable(m, $0) }.map { ($0, features.distance(m, $0)) }
                .filter { calliper == nil || $0.1 <= calliper! }
            guard !near.isEmpty else {
                unmatched.append(
                    (m, calliper == nil ? "no non-member of the same stratum" : "no non-member within the calliper"))
                continue
            }
            eligible.append(m)
            candidates += near.map { (m, $0.0, $0.1) }
        }
        var chosen: [(member: Int, control: Int, distance: Double)] = []
        if replacement {
            for m in eligible {
                let best = candidates.filter { $0.member == m }.min {
                    ($0.distance, schools[$0.control].urn) < ($1.distance, schools[$1.control].urn)
                }!
                chosen.append(best)
            }
        } else {
            let controls = Array(Set(candidates.map(\.control))).sorted { schools[$0].urn < schools[$1].urn }
            let memberNode = Dictionary(uniqueKeysWithValues: eligible.enumerated().map { ($1, $0 + 1) })
            let controlNode = Dictionary(
                uniqueKeysWithValues: controls.enumerated().map { ($1, eligible.count + 1 + $0) })
            let sink = eligible.count + controls.count + 1
            var flow = MinCostFlow(nodeCount: sink + 1)
            for m in eligible { flow.addEdge(from: 0, to: memberNode[m]!, capacity: 1, cost: 0) }
            for c in controls { flow.addEdge(from: controlNode[c]!, to: sink, capacity: 1, cost: 0) }
            let edges = candidates.map {
                flow.addEdge(from: memberNode[$0.member]!, to: controlNode[$0.control]!, capacity: 1, cost: $0.distance)
            }
            _ = flow.solve(from: 0, to: sink)
            chosen = zip(candidates, edges).filter { flow.flow(on: $0.1) > 0 }.map(\.0)
            let matched = Set(chosen.map(\.member))
            for m in eligible where !matched.contains(m) {
                unmatched.append((m, "its near non-members were matched to other members"))
            }
        }
        let pairs = chosen.map {
            Pair(
                member: $0.member, control: $0.control, distance: $0.distance,
                difference: value[$0.member]! - value[$0.control]!)
        }
        .sorted { schools[$0.member].urn < schools[$1.member].urn }
        self.pairs = pairs
        self.unmatched = unmatched.sorted { schools[$0.0].urn < schools[$1.0].urn }.map { (school: $0.0, reason: $0.1) }
        let differences = pairs.map(\.difference)
        func mean(_ values: [Double]) -> Double { values.isEmpty ? .nan : values.reduce(0, +) / Double(values.count) }
        difference = mean(differences)
        var generator = SplitMix64(seed: seed)
        var means: [Double] = []
        var flipped: [Double] = []
        if !differences.isEmpty {
            for _ in 0..<max(0, resamples) {
                means.append(
                    mean(
                        (0..<differences.count).map { _ in
                            differences[Int(generator.next() % UInt64(differences.count))]
                        }))
                flipped.append(mean(differences.map { generator.next() & 1 == 0 ? $0 : -$0 }))
            }
        }
        means.sort()
        func percentile(_ p: Double) -> Double {
            guard !means.isEmpty else { return .nan }
            return means[min(means.count - 1, max(0, Int((p * Double(means.count - 1)).rounded())))]
        }
        interval = (percentile(0.025), percentile(0.975))
        // Two-sided on |mean|: how often a random choice of signs gives a mean at least as far from 0.
        test = PermutationOutcome(observed: abs(difference), permuted: flipped.map(abs))
    }
}
