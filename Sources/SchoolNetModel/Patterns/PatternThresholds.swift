/// The thresholds of the alliance-pattern findings, with their defaults. Echoed into every
/// output; settable one by one (`name=value`, names as the coding keys) or from a JSON file.
public struct PatternThresholds: Codable, Equatable, Sendable {
    /// Schools (the lead included) a structure needs before any pattern is judged.
    public var minimumMembers = 3
    /// Explicit ties (links) a finding needs before it is judged: with two, a lead that happens
    /// to support two of its members already looks like a hierarchy.
    public var minimumTies = 3
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
    /// Marketised: largest share of the lead's directed ties that are returned.
    public var marketisedReciprocity = 0.2
    /// Marketised: traded services the lead must sell.
    public var marketisedMinimumTraded = 2

    public init() {}

    enum CodingKeys: String, CodingKey, CaseIterable {
        case minimumMembers = "minimum_members", minimumTies = "minimum_ties"
        case hierarchicalCentralization = "hierarchical_centralization", hierarchicalLeadShare = "hierarchical_lead_share"
        case hierarchicalMemberDensity = "hierarchical_member_density"
        case hierarchicalSupportFromLead = "hierarchical_support_from_lead"
        case exclusiveAttainmentGap = "exclusive_attainment_gap", exclusiveEIIndex = "exclusive_ei_index"
        case exclusiveMinimumCompared = "exclusive_minimum_compared"
        case marketisedTradedShare = "marketised_traded_share", marketisedOutsideShare = "marketised_outside_share"
        case marketisedReciprocity = "marketised_reciprocity", marketisedMinimumTraded = "marketised_minimum_traded"
    }

    /// Missing keys keep their defaults, so a file may set only some.
    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        self.init()
        for key in CodingKeys.allCases where c.contains(key) {
            if let value = try? c.decode(Double.self, forKey: key) { try set(key.rawValue, value) }
        }
    }

    public static var names: [String] { CodingKeys.allCases.map(\.rawValue) }

    /// The thresholds by name, for echoing.
    public var values: [String: Double] {
        [
            "minimum_members": Double(minimumMembers), "minimum_ties": Double(minimumTies),
            "hierarchical_centralization": hierarchicalCentralization, "hierarchical_lead_share": hierarchicalLeadShare,
            "hierarchical_member_density": hierarchicalMemberDensity,
            "hierarchical_support_from_lead": hierarchicalSupportFromLead, "exclusive_attainment_gap": exclusiveAttainmentGap,
            "exclusive_ei_index": exclusiveEIIndex, "exclusive_minimum_compared": Double(exclusiveMinimumCompared),
            "marketised_traded_share": marketisedTradedShare, "marketised_outside_share": marketisedOutsideShare,
            "marketised_reciprocity": marketisedReciprocity, "marketised_minimum_traded": Double(marketisedMinimumTraded),
        ]
    }

    public enum SettingError: Error, Equatable { case unknown(String), invalid(String) }

    /// Sets one threshold by name; counts must be whole numbers of at least 1.
    public mutating func set(_ name: String, _ value: Double) throws {
        func count() throws -> Int {
            guard value >= 1, value == value.rounded() else { throw SettingError.invalid(name) }
            return Int(value)
        }
        switch name {
        case "minimum_members": minimumMembers = try count()
        case "minimum_ties": minimumTies = try count()
        case "hierarchical_centralization": hierarchicalCentralization = value
        case "hierarchical_lead_share": hierarchicalLeadShare = value
        case "hierarchical_member_density": hierarchicalMemberDensity = value
        case "hierarchical_support_from_lead": hierarchicalSupportFromLead = value
        case "exclusive_attainment_gap": exclusiveAttainmentGap = value
        case "exclusive_ei_index": exclusiveEIIndex = value
        case "exclusive_minimum_compared": exclusiveMinimumCompared = try count()
        case "marketised_traded_share": marketisedTradedShare = value
        case "marketised_outside_share": marketisedOutsideShare = value
        case "marketised_reciprocity": marketisedReciprocity = value
        case "marketised_minimum_traded": marketisedMinimumTraded = try count()
        default: throw SettingError.unknown(name)
        }
    }
}
