import SchoolNetGraph

/// Proposed support pairings: every school that needs support (a cold spot, as ``PlaceAnalysis``
/// finds them: low-performing or disadvantaged, not a high performer, with no support reaching
/// it from one) gets a supporter among the high performers, as the Specialist Schools
/// Achievement Programme paired low with high performers of the same kind.
///
/// A pair is a *candidate* when the supporter is a high performer other than the school, of the
/// same phase (unless ``Options/samePhase`` is off), not already supporting it (a support link
/// either way, or a shared trust or federation; a shared cluster, hub or partnership is a looser
/// contact and does not exclude it), with capacity left, within
/// ``Options/maximumKilometres`` when set, and with every quantity its cost needs known. Its cost
/// is `km × kmWeight + context distance × contextWeight + trustPenalty` (the last when both are
/// in trusts and share none), the context distance being that of ``ContextFeatures`` over the
/// chosen features. A supporter takes at most ``Options/capacity`` schools, less the support it
/// already gives (its active NLE, LLE and SLE links).
///
/// The proposals are a minimum-cost maximum flow (`MinCostFlow`): as many schools as the
/// capacities allow are matched and, among those assignments, the total cost is least. Schools
/// and supporters are taken in URN order, so the same landscape gives the same proposals.
public struct SupportMatching: Sendable {
    public struct Options: Sendable, Equatable {
        public var thresholds = PlaceThresholds()
        /// Which ties count as support reaching a school when finding who needs it.
        public var ties = PairingTies.support
        public var capacity = 2
        public var samePhase = true
        public var maximumKilometres: Double? = nil
        public var kmWeight = 0.1
        public var contextWeight = 1.0
        public var trustPenalty = 0.0
        public var features: [(name: String, weight: Double)] = [("disadvantage", 1), ("pupils", 1)]

        public init() {}

        public static func == (a: Options, b: Options) -> Bool {
            a.thresholds == b.thresholds && a.ties == b.ties && a.capacity == b.capacity && a.samePhase == b.samePhase
                && a.maximumKilometres == b.maximumKilometres && a.kmWeight == b.kmWeight
                && a.contextWeight == b.contextWeight && a.trustPenalty == b.trustPenalty
                && a.features.map(\.name) == b.features.map(\.name)
                && a.features.map(\.weight) == b.features.map(\.weight)
        }
    }

    public struct Candidate: Sendable, Equatable {
        public let school: Int
        public let supporter: Int
        public let cost: Double
        /// km between them (NaN when not needed and unknown), context distance, whether the two
        /// are in different trusts.
        public let kilometres: Double
        public let context: Double
        public let crossesTrust: Bool
    }

    public let options: Options
    /// The schools that need support, in URN order (landscape positions).
    public let needy: [Int]
    /// Why each needs support: low-performing, disadvantaged, or both.
    public let needs: [(school: Int, reason: String)]
    /// High performers in URN order, with their capacity and the support they already give.
    public let supporters: [(school: Int, existing: Int, capacity: Int)]
    public let candidates: [Candidate]
    /// The proposals: indices into ``candidates``.
    public let proposals: [Candidate]
    /// Each needy school left without a proposal, and why.
    public let unmatched: [(school: Int, reason: String)]
    public let totalCost: Double

    /// - Complexity: O(needy × supporters) candidates, then O(F · E log V) for the flow.
    public init(_ landscape: Landscape, options: Options = Options()) {
        self.options = options
        let schools = landscape.schools
        let order = Landscape.urnOrder(schools)
        let place = PlaceAnalysis(landscape, thresholds: options.thresholds, ties: options.ties)
        let cold = Set(place.coldSpots.map(\.urn))
        let needy = order.filter { cold.contains(schools[$0].urn) }
        self.needy = needy
        let reasonByURN = Dictionary(uniqueKeysWithValues: place.coldSpots.map { ($0.urn, $0.reason) })
        needs = needy.map { ($0, reasonByURN[schools[$0].urn] ?? "") }
        let high = order.filter { schools[$0].ofsted.map(options.thresholds.highGrades.contains) ?? false }
        // Support already given: active support links from each high performer.
        var given = [URN: Int]()
        for link in landscape.links where [.nleSupport, .lleSupport, .sleSupport].contains(link.kind) {
            given[link.source, default: 0] += 1
        }
        let supporters = high.map { s in
            let existing = given[schools[s].urn] ?? 0
            return (school: s, existing: existing, capacity: max(0, options.capacity - existing))
        }
        self.supporters = supporters
        // Only the ties that carry support exclude a pair: a support link either way, or a shared
        // trust or federation. A shared cluster, hub or partnership is a looser contact.
        let network = SchoolNetwork(
            landscape,
            layers: [
                .structure(.mat), .structure(.federation), .link(.nleSupport), .link(.lleSupport),
                .link(.sleSupport),
            ]
        ).graph
        let context = ContextFeatures(landscape, features: options.features)
        var trusts = [URN: Set<String>]()
        for membership in landscape.memberships where landscape.structure(membership.structureID)?.kind == .mat {
            trusts[membership.urn, default: []].insert(membership.structureID)
        }
        var candidates: [Candidate] = []
        var reasons: [Int: [String: Int]] = [:]
        for s in needy {
            for (h, existing, capacity) in supporters where h != s {
                func reject(_ why: String) { reasons[s, default: [:]][why, default: 0] += 1 }
                let a = schools[s]
                let b = schools[h]
                if options.samePhase && (a.phase == nil || a.phase != b.phase) {
                    reject("of another phase")
                    continue
                }
                if network.hasEdge(NodeID(s), NodeID(h)) || network.hasEdge(NodeID(h), NodeID(s)) {
                    reject("supporting it already (a support link, trust or federation)")
                    continue
                }
                if capacity == 0 {
                    reject(existing > 0 ? "with no capacity left (giving support already)" : "with no capacity")
                    continue
                }
                var km = Double.nan
                if options.kmWeight > 0 || options.maximumKilometres != nil {
                    guard let p = a.location, let q = b.location else {
                        reject("without coordinates (for this school or it)")
                        continue
                    }
                    km = PlaceAnalysis.kilometres(p, q)
                    if let limit = options.maximumKilometres, km > limit {
                        reject("farther than \(limit == limit.rounded() ? String(Int(limit)) : String(limit)) km")
                        continue
                    }
                }
                var distance = 0.0
                if options.contextWeight > 0 {
                    guard context.standardised[s] != nil, context.standardised[h] != nil else {
                        reject("with context unknown (\(context.missing[s] ?? context.missing[h] ?? "a feature"))")
                        continue
                    }
                    distance = context.distance(s, h)
                }
                let trustA = trusts[a.urn] ?? []
                let trustB = trusts[b.urn] ?? []
                let crosses = !trustA.isEmpty && !trustB.isEmpty && trustA.isDisjoint(with: trustB)
                let cost =
                    (km.isNaN ? 0 : km * options.kmWeight) + distance * options.contextWeight
                    + (crosses ? options.trustPenalty : 0)
                candidates.append(
                    Candidate(
                        school: s, supporter: h, cost: cost, kilometres: km, context: distance, crossesTrust: crosses))
            }
        }
        self.candidates = candidates
        // Source 0, needy 1…, supporters after, sink last.
        var flow = MinCostFlow(nodeCount: needy.count + supporters.count + 2)
        let sink = needy.count + supporters.count + 1
        let needyNode = Dictionary(uniqueKeysWithValues: needy.enumerated().map { ($1, $0 + 1) })
        let supporterNode = Dictionary(
            uniqueKeysWithValues: supporters.enumerated().map { ($1.school, needy.count + 1 + $0) })
        for s in needy { flow.addEdge(from: 0, to: needyNode[s]!, capacity: 1, cost: 0) }
        for supporter in supporters {
            flow.addEdge(from: supporterNode[supporter.school]!, to: sink, capacity: supporter.capacity, cost: 0)
        }
        let edges = candidates.map { candidate in
            flow.addEdge(
                from: needyNode[candidate.school]!, to: supporterNode[candidate.supporter]!, capacity: 1,
                cost: candidate.cost)
        }
        _ = flow.solve(from: 0, to: sink)
        let proposals = zip(candidates, edges).filter { flow.flow(on: $0.1) > 0 }.map(\.0)
        self.proposals = proposals
        totalCost = proposals.reduce(0) { $0 + $1.cost }
        let matched = Set(proposals.map(\.school))
        let withCandidates = Set(candidates.map(\.school))
        unmatched = needy.filter { !matched.contains($0) }.map { s in
            if withCandidates.contains(s) {
                return (s, "its candidates' places went to other schools (as many schools as possible are matched)")
            }
            let why = (reasons[s] ?? [:]).sorted { ($1.value, $0.key) < ($0.value, $1.key) }
            let phrase = why.map { "\($0.value) \($0.key)" }.joined(separator: "; ")
            return (
                s,
                supporters.isEmpty
                    ? "no high performer" : "no candidate among the \(supporters.count) high performers: \(phrase)"
            )
        }
    }
}
