/// The size of a synthetic landscape.
public enum SyntheticScale: String, Enumeration {
    /// One local authority, about 150 schools.
    case la
    /// One region: about 2,500 schools in 15 local authorities.
    case region
    /// England: about 20,000 schools in 150 local authorities and 9 regions.
    case england

    public var schools: Int {
        switch self {
        case .la: 150
        case .region: 2_500
        case .england: 20_000
        }
    }

    public var localAuthorities: Int {
        switch self {
        case .la: 1
        case .region: 15
        case .england: 150
        }
    }

    public var regions: Int {
        switch self {
        case .la, .region: 1
        case .england: 9
        }
    }
}
