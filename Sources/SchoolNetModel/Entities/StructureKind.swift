/// The kind of a structure: a group of schools.
public enum StructureKind: String, DeclarationOrdered {
    /// Multi-academy trust.
    case mat
    /// Teaching school alliance: one lead teaching school, strategic partners, members.
    case tsa
    /// Federation under one governing body (hard) or joint committees (soft).
    case federation
    /// Local cluster of schools.
    case cluster
    /// Partnership, often not local.
    case partnership
    case hub
    case other

    /// Kinds whose memberships are exclusive and do not overlap, drawn as groups in diagrams.
    public var isGoverning: Bool { self == .mat || self == .federation }

    /// A name for people: "multi-academy trust", "teaching school alliance", …
    public var displayName: String {
        switch self {
        case .mat: "multi-academy trust"
        case .tsa: "teaching school alliance"
        case .federation: "federation"
        case .cluster: "local cluster"
        case .partnership: "partnership"
        case .hub: "hub"
        case .other: "other structure"
        }
    }
}

/// Hard federations share one governing body; soft ones only joint committees.
public enum FederationType: String, Enumeration {
    case hard, soft
}
