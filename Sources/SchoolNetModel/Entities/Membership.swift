/// A school's role in a structure. Every role makes the school a member for overlap, hybrid and
/// projection purposes; analyses that care about roles read them explicitly.
public enum MembershipRole: String, Enumeration {
    case lead, member
    case strategicPartner = "strategic-partner"
    case sponsor, client
}

/// A school belonging to a structure for a period.
public struct Membership: Hashable, Sendable {
    public var structureID: String
    public var urn: URN
    public var role: MembershipRole
    public var period: ActivePeriod
    public var custom: CustomAttributes

    public init(
        structureID: String, urn: URN, role: MembershipRole = .member,
        period: ActivePeriod = .always, custom: CustomAttributes = CustomAttributes()
    ) {
        self.structureID = structureID
        self.urn = urn
        self.role = role
        self.period = period
        self.custom = custom
    }
}
