import SchoolNetGraph

/// Reach and equity by place (<doc:Definitions#Place-and-equity>): coverage, the pairing of
/// low-performing schools with high performers, cold spots, the geographic spread of each
/// structure, and MAT size bands by area.
public struct PlaceAnalysis: Sendable {
    public struct Area: Equatable, Sendable {
        public let name: String
        public let schools: Int
        /// Schools in at least one structure.
        public let inStructure: Int
        public let lowPerformers: Int
        /// Low performers with a tie to a high performer.
        public let paired: Int
        public let coldSpots: Int
        /// Low performers tied to a high performer in any way (a shared cluster, hub or
        /// partnership included), and the low-performing or disadvantaged schools with no tie of
        /// any kind to one: the looser figures shown beside the headline ones.
        public var pairedAnyTie = 0
        public var coldSpotsAnyTie = 0
        /// Low-performing or disadvantaged schools that are not themselves high performers: those
        /// that could be cold spots, the cold spots' denominator.
        public var atRisk: Int = 0
        /// Schools whose Ofsted grade is known: who is low-performing can be judged for them.
        public var withOfsted: Int = 0
        /// Schools whose Ofsted grade or free-school-meal share is known: whether they are a cold
        /// spot can be judged.
        public var judgeable: Int = 0
        /// MATs whose lead (or, without one, first member by URN) is in the area, by size band.
        public let trustBands: [TrustSizeBand: Int]

        /// The share of schools in any structure.
        public var coverage: Double { schools == 0 ? .nan : Double(inStructure) / Double(schools) }
        /// The share of low performers tied to a high performer; NaN without low performers.
        public var pairing: Double { lowPerformers == 0 ? .nan : Double(paired) / Double(lowPerformers) }
        /// The share of low performers with a tie of any kind to a high performer.
        public var pairingAnyTie: Double { lowPerformers == 0 ? .nan : Double(pairedAnyTie) / Double(lowPerformers) }
        /// Enough Ofsted grades to count low performers and pairing: at least half the schools.
        public var canJudgePerformance: Bool { schools > 0 && 2 * withOfsted >= schools }
        /// Enough grades or free-school-meal shares to count cold spots: at least half the schools.
        public var canJudgeColdSpots: Bool { schools > 0 && 2 * judgeable >= schools }
    }

    public struct ColdSpot: Equatable, Sendable {
        public let urn: URN
        public let area: String
        /// "low-performing", "disadvantaged", or both joined by "+".
        public let reason: String
    }

    public struct Spread: Equatable, Sendable {
        public let id: String
        public let kind: StructureKind
        public let members: Int
        /// Distinct local authorities of the members.
        public let localAuthorities: Int
        /// Mean and largest great-circle distance between two members with coordinates, in km;
        /// NaN with fewer than two.
        public let meanKilometres: Double
        public let maxKilometres: Double
    }

    public let level: PlaceLevel
    public let thresholds: PlaceThresholds
    /// Which ties the headline pairing and cold spots count.
    public let ties: PairingTies
    public let areas: [Area]
    /// Every area added together: the landscape's own coverage, pairing and cold spots, judged
    /// by the same rule (at least half the schools with a grade, or a grade or share).
    public var total: Area {
        var bands: [TrustSizeBand: Int] = [:]
        for area in areas { for (band, count) in area.trustBands { bands[band, default: 0] += count } }
        func sum(_ value: (Area) -> Int) -> Int { areas.reduce(0) { $0 + value($1) } }
        var total = Area(
            name: "all", schools: sum(\.schools), inStructure: sum(\.inStructure), lowPerformers: sum(\.lowPerformers),
            paired: sum(\.paired), coldSpots: sum(\.coldSpots), trustBands: bands)
        total.pairedAnyTie = sum(\.pairedAnyTie)
        total.coldSpotsAnyTie = sum(\.coldSpotsAnyTie)
        total.atRisk = sum(\.atRisk)
        total.withOfsted = sum(\.withOfsted)
        total.judgeable = sum(\.judgeable)
        return total
    }
    public let coldSpots: [ColdSpot]
    public let spread: [Spread]

    /// - Parameters:
    ///   - landscape: the landscape, at the date and in the scope to analyse.
    ///   - level: local authorities or regions.
    ///   - thresholds: who counts as low-performing, high-performing and disadvantaged.
    ///   - selection: the school network whose ties count for the any-tie figures.
    ///   - ties: which ties the headline pairing and cold spots count (support by default).
    /// - Complexity: O(n + m) for pairing, plus O(k²) per structure of k members for spread.
    public init(
        _ landscape: Landscape, level: PlaceLevel = .la, thresholds: PlaceThresholds = PlaceThresholds(),
        selection: NetworkSelection = NetworkSelection(), ties: PairingTies = .support
    ) {
        self.level = level
        self.thresholds = thresholds
        self.ties = ties
        let network = SchoolNetwork(landscape, selection: selection)
        let schools = landscape.schools
        let inStructure = Set(landscape.memberships.map(\.urn))
        func low(_ s: School) -> Bool { s.ofsted.map(thresholds.lowGrades.contains) ?? false }
        func high(_ s: School) -> Bool { s.ofsted.map(thresholds.highGrades.contains) ?? false }
        func disadvantaged(_ s: School) -> Bool { (s.disadvantage ?? 0) >= thresholds.disadvantage }
        let tiedAny = schools.indices.map { i in
            network.graph.neighbors(of: NodeID(i)).contains { high(schools[$0.index]) }
                || (network.graph.isDirected
                    && network.graph.inNeighbors(of: NodeID(i)).contains { high(schools[$0.index]) })
        }
        let supported = Self.supportedByHighPerformer(landscape, high: high)
        let tiedToHigh = ties == .support ? supported : tiedAny
        var cold: [ColdSpot] = []
        // A school that is itself a high performer is not cut off from one, whatever its intake.
        func atRisk(_ s: School) -> Bool { (low(s) || disadvantaged(s)) && !high(s) }
        for (i, school) in schools.enumerated() where atRisk(school) && !tiedToHigh[i] {
            let reason = [low(school) ? "low-performing" : nil, disadvantaged(school) ? "disadvantaged" : nil]
                .compactMap { $0 }
            cold.append(ColdSpot(urn: school.urn, area: level.name(of: school), reason: reason.joined(separator: "+")))
        }
        coldSpots = cold.sorted { ($0.area, $0.urn) < ($1.area, $1.urn) }

        var bands: [String: [TrustSizeBand: Int]] = [:]
        for trust in landscape.structures where trust.kind == .mat {
            let members = landscape.members(of: trust.id)
            guard let band = TrustSizeBand(academies: landscape.trustSize(of: trust)) else { continue }
            let home = trust.lead.flatMap(landscape.school) ?? members.first.flatMap(landscape.school)
            if let home { bands[level.name(of: home), default: [:]][band, default: 0] += 1 }
        }
        var byArea: [String: [Int]] = [:]
        for (i, school) in schools.enumerated() { byArea[level.name(of: school), default: []].append(i) }
        let coldByArea = Dictionary(grouping: coldSpots, by: \.area).mapValues(\.count)
        areas = byArea.keys.sorted().map { name in
            let members = byArea[name]!
            let lows = members.filter { low(schools[$0]) }
            var area = Area(
                name: name, schools: members.count,
                inStructure: members.filter { inStructure.contains(schools[$0].urn) }.count,
                lowPerformers: lows.count, paired: lows.filter { tiedToHigh[$0] }.count,
                coldSpots: coldByArea[name] ?? 0, trustBands: bands[name] ?? [:])
            area.pairedAnyTie = lows.filter { tiedAny[$0] }.count
            area.coldSpotsAnyTie =
                members.filter {
                    atRisk(schools[$0]) && !tiedAny[$0]
                }.count
            area.atRisk = members.filter { atRisk(schools[$0]) }.count
            area.withOfsted = members.filter { schools[$0].ofsted != nil }.count
            area.judgeable = members.filter { schools[$0].ofsted != nil || schools[$0].disadvantage != nil }.count
            return area
        }

        spread = landscape.structures.sorted { $0.id < $1.id }.map { structure in
            let members = landscape.members(of: structure.id).compactMap(landscape.school)
            let places = members.compactMap(\.location)
            var distances: [Double] = []
            for (i, a) in places.enumerated() {
                for b in places[(i + 1)...] { distances.append(Self.kilometres(a, b)) }
            }
            return Spread(
                id: structure.id, kind: structure.kind, members: members.count,
                localAuthorities: Set(members.compactMap(\.localAuthority)).count,
                meanKilometres: distances.isEmpty ? .nan : distances.reduce(0, +) / Double(distances.count),
                maxKilometres: distances.max() ?? .nan)
        }
    }

    /// For each school (in `landscape.schools` order): whether support reaches it from a high
    /// performer: a support link (NLE, LLE or SLE) from one, or a trust or federation it shares
    /// with one. These are the ties through which support is given; a shared cluster, hub or
    /// partnership is looser and counts only in the any-tie figures.
    ///
    /// - Complexity: O(schools + memberships + links).
    static func supportedByHighPerformer(_ landscape: Landscape, high: (School) -> Bool) -> [Bool] {
        var reached = Set<URN>()
        for link in landscape.links where [.nleSupport, .lleSupport, .sleSupport].contains(link.kind) {
            if let source = landscape.school(link.source), high(source) { reached.insert(link.target) }
        }
        for structure in landscape.structures where structure.kind == .mat || structure.kind == .federation {
            let members = landscape.members(of: structure.id)
            let highMembers = members.filter { landscape.school($0).map(high) ?? false }
            guard !highMembers.isEmpty else { continue }
            for member in members where highMembers.contains(where: { $0 != member }) { reached.insert(member) }
        }
        return landscape.schools.map { reached.contains($0.urn) }
    }

    /// Great-circle distance by the haversine formula on a sphere of radius 6,371.0088 km (the
    /// mean Earth radius of IUGG).
    public static func kilometres(_ a: Coordinate, _ b: Coordinate) -> Double {
        let radians = Double.pi / 180
        let dLat = (b.latitude - a.latitude) * radians
        let dLon = (b.longitude - a.longitude) * radians
        let h =
            Trig.sin(dLat / 2) * Trig.sin(dLat / 2)
            + Trig.cos(a.latitude * radians) * Trig.cos(b.latitude * radians) * Trig.sin(dLon / 2) * Trig.sin(dLon / 2)
        return 2 * 6371.0088 * Trig.asin(min(1, h.squareRoot()))
    }
}
