import SchoolNetGraph

/// The headline counts of a landscape: what it holds, how trusts divide into size bands, and
/// how connected the school network is.
public struct LandscapeSummary: Sendable {
    public var schools: Int
    public var structuresByKind: [StructureKind: Int]
    public var memberships: Int
    public var linksByKind: [LinkKind: Int]
    /// MATs per size band (distinct member schools counted).
    public var trustSizeBands: [TrustSizeBand: Int]
    /// Schools in at least one structure or link.
    public var connectedSchools: Int
    /// Components of the school network over all layers (isolated schools included).
    public var components: Int
    public var largestComponent: Int
    public var isolatedSchools: Int
    /// Ties (distinct pairs of schools) in the school network over all layers.
    public var ties: Int
    /// Density of the school network over all layers (NetworkX `density`).
    public var density: Double
    /// Global clustering (NetworkX `transitivity`).
    public var transitivity: Double
    /// Mean local clustering (NetworkX `average_clustering`).
    public var averageClustering: Double
    /// Freeman degree centralization (see `Centralization/degree(_:)`).
    public var degreeCentralization: Double
    /// Assortativity of ties by phase, Ofsted grade and governance (NetworkX
    /// `attribute_assortativity_coefficient`; schools with the attribute unknown are left out).
    public var assortativity: [(attribute: String, value: Double)]

    /// - Complexity: that of building the ``SchoolNetwork``, then O(n + m).
    public init(_ landscape: Landscape) {
        schools = landscape.schools.count
        structuresByKind = Dictionary(grouping: landscape.structures, by: \.kind).mapValues(\.count)
        memberships = landscape.memberships.count
        linksByKind = Dictionary(grouping: landscape.links, by: \.kind).mapValues(\.count)
        var bands: [TrustSizeBand: Int] = [:]
        for trust in landscape.structures where trust.kind == .mat {
            if let band = TrustSizeBand(academies: landscape.trustSize(of: trust)) {
                bands[band, default: 0] += 1
            }
        }
        trustSizeBands = bands
        let network = SchoolNetwork(landscape)
        let components = network.graph.components()
        self.components = components.count
        largestComponent = components.largest
        isolatedSchools = components.isolates
        var inSomething = Set(landscape.memberships.map(\.urn))
        for link in landscape.links { inSomething.formUnion([link.source, link.target]) }
        connectedSchools = landscape.schools.filter { inSomething.contains($0.urn) }.count
        ties = network.graph.edgeCount
        density = network.graph.density
        transitivity = network.graph.transitivity()
        averageClustering = network.graph.averageClustering()
        degreeCentralization = Centralization.degree(network.graph)
        let schools = network.schools
        assortativity = [
            ("phase", network.graph.assortativity(categories: schools.map(\.phase))),
            ("ofsted", network.graph.assortativity(categories: schools.map(\.ofsted))),
            ("governance", network.graph.assortativity(categories: schools.map(\.governance))),
        ]
    }
}
