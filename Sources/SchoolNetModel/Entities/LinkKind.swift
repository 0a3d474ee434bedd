/// The kind of a pairwise tie between two schools that is not a shared structure.
public enum LinkKind: String, DeclarationOrdered {
    /// Support from a national leader of education's school (supporter → supported).
    case nleSupport = "nle-support"
    /// Support from a local leader of education (supporter → supported).
    case lleSupport = "lle-support"
    /// Support from a specialist leader of education (supporter → supported).
    case sleSupport = "sle-support"
    /// An undirected partnership.
    case partnership
    /// Services sold by one school to another (seller → client).
    case tradedService = "traded-service"
    case other

    /// Support and traded services run from source to target; the others are undirected.
    public var isDirected: Bool {
        [.nleSupport, .lleSupport, .sleSupport, .tradedService].contains(self)
    }

    public var displayName: String {
        switch self {
        case .nleSupport: "NLE support"
        case .lleSupport: "LLE support"
        case .sleSupport: "SLE support"
        case .partnership: "partnership"
        case .tradedService: "traded service"
        case .other: "other link"
        }
    }
}

/// How far along the escalator of collaborative endeavour a tie is.
public enum TieDepth: String, Enumeration {
    case association, cooperation, collaboration, collegiality
}

/// What drives a tie.
public enum TieDriver: String, Enumeration {
    case voluntary, incentivised, forced
}
