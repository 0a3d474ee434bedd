/// A school: a node of every school network.
///
/// Every attribute but the URN and name may be unknown (nil), never zero by default.
public struct School: Hashable, Sendable {
    public var urn: URN
    public var name: String
    public var phase: Phase?
    public var governance: Governance?
    public var localAuthority: String?
    public var region: String?
    public var ofsted: OfstedGrade?
    /// The user's chosen outcome measure; higher is better.
    public var attainment: Double?
    /// Fraction 0...1 of pupils eligible for free school meals.
    public var disadvantage: Double?
    public var pupils: Int?
    public var location: Coordinate?
    public var designations: [Designation]
    public var custom: CustomAttributes

    public init(
        urn: URN, name: String, phase: Phase? = nil, governance: Governance? = nil,
        localAuthority: String? = nil, region: String? = nil, ofsted: OfstedGrade? = nil,
        attainment: Double? = nil, disadvantage: Double? = nil, pupils: Int? = nil,
        location: Coordinate? = nil, designations: [Designation] = [],
        custom: CustomAttributes = CustomAttributes()
    ) {
        self.urn = urn
        self.name = name
        self.phase = phase
        self.governance = governance
        self.localAuthority = localAuthority
        self.region = region
        self.ofsted = ofsted
        self.attainment = attainment
        self.disadvantage = disadvantage
        self.pupils = pupils
        self.location = location
        self.designations = designations.sorted()
        self.custom = custom
    }
}
