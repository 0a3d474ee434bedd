/// A group of schools: a trust, alliance, federation, cluster, partnership or hub.
public struct Structure: Hashable, Sendable {
    public var id: String
    public var kind: StructureKind
    public var name: String?
    /// The lead school: the teaching school of a TSA, the sponsor or lead academy of a MAT.
    public var lead: URN?
    public var period: ActivePeriod
    public var federationType: FederationType?
    public var custom: CustomAttributes

    public init(
        id: String, kind: StructureKind, name: String? = nil, lead: URN? = nil,
        period: ActivePeriod = .always, federationType: FederationType? = nil,
        custom: CustomAttributes = CustomAttributes()
    ) {
        self.id = id
        self.kind = kind
        self.name = name
        self.lead = lead
        self.period = period
        self.federationType = federationType
        self.custom = custom
    }

    /// The name, or the id when the structure has no name.
    public var displayName: String { name ?? id }
}
