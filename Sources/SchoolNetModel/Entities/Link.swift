/// A pairwise tie between two schools: support, a traded service, a partnership.
public struct Link: Hashable, Sendable {
    public var source: URN
    public var target: URN
    public var kind: LinkKind
    public var depth: TieDepth?
    public var driver: TieDriver?
    /// A positive weight, 1 by default.
    public var weight: Double
    public var period: ActivePeriod
    public var custom: CustomAttributes

    public init(
        source: URN, target: URN, kind: LinkKind, depth: TieDepth? = nil,
        driver: TieDriver? = nil, weight: Double = 1, period: ActivePeriod = .always,
        custom: CustomAttributes = CustomAttributes()
    ) {
        self.source = source
        self.target = target
        self.kind = kind
        self.depth = depth
        self.driver = driver
        self.weight = weight
        self.period = period
        self.custom = custom
    }
}
