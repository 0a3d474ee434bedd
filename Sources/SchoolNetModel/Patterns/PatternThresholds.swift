/// The thresholds of the alliance-pattern findings, with their defaults. Echoed into every
/// output; settable one by one (`name=value`, names as the coding keys) or from a JSON file.
public struct PatternThresholds: Codable, Equatable, Sendable {
    /// Schools (the lead included) a structure needs before any pattern is judged.
    public var minimumMembers = 3
    /// Explicit ties (links) a finding needs before it is judged: with two, a lead that happens
    /// to support two of its members already looks like a hierarchy.
    public var minimumTies = 3
    /// Hierarchical: share of the members with any explicit tie a judgement needs: below it the
    /// ties say nothing of most of the structure (a lead that supports 3 of 28 members), and the
    /// verdict is insufficient-data.
    public var hierarchicalMinimumTiedShare = 0.5
    /// Hierarchical: Freeman degree centralization of the explicit ties among the members. At 0.6
    /// a five-school star with one stray tie between members (0.58) was missed by the
    /// independent acceptance check; 0.5 asks for at least half of a perfect star's concentration.
    public var hierarchicalCentralization = 0.5
    /// Hierarchical: share of those ties that involve the lead.
    public var hierarchicalLeadShare = 0.6
    /// Hierarchical: largest density of explicit ties among the other members.
    public var hierarchicalMemberDensity = 0.2
    /// Hierarchical: share of the support links between the lead and its members that run from
    /// the lead ("support flows out of the lead"); a structure with no such link is not judged
    /// hierarchical, since ties that are only traded or partnership say nothing of support.
    public var hierarchicalSupportFromLead = 0.5
    /// Exclusive: members' mean attainment above the surrounding schools', in standard deviations.
    public var exclusiveAttainmentGap = 0.5
    /// Exclusive: the E-I index of the members' explicit ties must be below this (−1 all inward;
    /// below 0, more ties inside than outside: "ties mostly inward").
    public var exclusiveEIIndex = 0.0
    /// Exclusive: schools with attainment needed on each side of the comparison.
    public var exclusiveMinimumCompared = 3
    /// Marketised: share of the lead's ties that are traded services it sells.
    public var marketisedTradedShare = 0.5
    /// Marketised: share of its clients outside the structure.
    public var marketisedOutsideShare = 0.5
    /// Marketised: largest share of the lead's clients with a standing tie back (a link from the
    /// client to the lead of any kind, or a partnership between them).
    public var marketisedReciprocity = 0.2
    /// Marketised: the longest median length, in days, of the lead's traded services for them to
    /// count as short-lived (two years).
    public var marketisedMaximumMedianDays = 730
    /// Marketised: traded services the lead must sell.
    public var marketisedMinimumTraded = 2

    public init() {}

    /// One threshold: a share or level (any number) or a count (a whole number of at least 1).
    enum Setting {
        /// A share from 0 to 1.
        case share(WritableKeyPath<PatternThresholds, Double>)
        /// Any finite number within a range (an index from -1 to 1, a gap in standard deviations).
        case level(WritableKeyPath<PatternThresholds, Double>, ClosedRange<Double>)
        case count(WritableKeyPath<PatternThresholds, Int>)
    }

    /// Every threshold by its name, in declaration order: the one place the names are spelled.
    static var settings: [(name: String, setting: Setting)] {
        [
            ("minimum_members", .count(\.minimumMembers)), ("minimum_ties", .count(\.minimumTies)),
            ("hierarchical_minimum_tied_share", .share(\.hierarchicalMinimumTiedShare)),
            ("hierarchical_centralization", .share(\.hierarchicalCentralization)),
            ("hierarchical_lead_share", .share(\.hierarchicalLeadShare)),
            ("hierarchical_member_density", .share(\.hierarchicalMemberDensity)),
            ("hierarchical_support_from_lead", .share(\.hierarchicalSupportFromLead)),
            ("exclusive_attainment_gap", .level(\.exclusiveAttainmentGap, -10...10)),
            ("exclusive_ei_index", .level(\.exclusiveEIIndex, -1...1)),
            ("exclusive_minimum_compared", .count(\.exclusiveMinimumCompared)),
            ("marketised_traded_share", .share(\.marketisedTradedShare)),
            ("marketised_outside_share", .share(\.marketisedOutsideShare)),
            ("marketised_reciprocity", .share(\.marketisedReciprocity)),
            ("marketised_minimum_traded", .count(\.marketisedMinimumTraded)),
            ("marketised_maximum_median_days", .count(\.marketisedMaximumMedianDays)),
        ]
    }

    public static var names: [String] { settings.map(\.name) }

    /// The thresholds by name, for echoing.
    public var values: [String: Double] {
        Dictionary(uniqueKeysWithValues: Self.names.map { ($0, value($0)) })
    }

    /// The value of the threshold `name`; NaN for an unknown name.
    public func value(_ name: String) -> Double {
        switch Self.settings.first(where: { $0.name == name })?.setting {
        case .share(let path)?, .level(let path, _)?: self[keyPath: path]
        case .count(let path)?: Double(self[keyPath: path])
        case nil: .nan
        }
    }

    /// True when the threshold `name` is a count.
    public func isCount(_ name: String) -> Bool {
        if case .count? = Self.settings.first(where: { $0.name == name })?.setting { return true }
        return false
    }

    /// What values the threshold `name` takes, in words (`a share from 0 to 1`).
    public static func domain(of name: String) -> String {
        switch settings.first(where: { $0.name == name })?.setting {
        case .share?: "a share from 0 to 1"
        case .level(_, let range)?: "a number from \(range.lowerBound) to \(range.upperBound)"
        case .count?: "a whole number of at least 1"
        case nil: "unknown"
        }
    }

    public enum SettingError: Error, Equatable {
        case unknown(String)
        case invalid(String)
    }

    /// Sets one threshold by name: shares from 0 to 1, the E-I index from -1 to 1, the attainment
    /// gap from -10 to 10 standard deviations, counts whole numbers of at least 1.
    public mutating func set(_ name: String, _ value: Double) throws {
        switch Self.settings.first(where: { $0.name == name })?.setting {
        case .share(let path)?:
            guard (0...1).contains(value) else { throw SettingError.invalid(name) }
            self[keyPath: path] = value
        case .level(let path, let range)?:
            guard range.contains(value) else { throw SettingError.invalid(name) }
            self[keyPath: path] = value
        case .count(let path)?:
            guard value >= 1, value == value.rounded(), value < Double(Int.max) else {
                throw SettingError.invalid(name)
            }
            self[keyPath: path] = Int(value)
        case nil: throw SettingError.unknown(name)
        }
    }

    struct Key: CodingKey {
        let stringValue: String
        init(stringValue: String) { self.stringValue = stringValue }
        var intValue: Int? { nil }
        init?(intValue: Int) { nil }
    }

    /// Missing keys keep their defaults, so a file may set only some.
    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: Key.self)
        self.init()
        for name in Self.names {
            if let value = try? container.decode(Double.self, forKey: Key(stringValue: name)) { try set(name, value) }
        }
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: Key.self)
        for name in Self.names {
            if isCount(name) {
                try container.encode(Int(value(name)), forKey: Key(stringValue: name))
            } else {
                try container.encode(value(name), forKey: Key(stringValue: name))
            }
        }
    }
}
