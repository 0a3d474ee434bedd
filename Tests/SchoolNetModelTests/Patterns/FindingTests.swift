import Foundation
import Testing

@testable import SchoolNetModel

@Suite struct FindingTests {
    static func finding(_ evidence: [(name: String, value: Double)], score: Double = 0.5) -> Finding {
        Finding(structure: "MAT-1", pattern: .hierarchical, verdict: .yes, score: score, evidence: evidence)
    }

    @Test("findings are equal only when their evidence values are; undefined equals undefined")
    func equality() {
        #expect(Self.finding([("ties", 3)]) == Self.finding([("ties", 3)]))
        #expect(Self.finding([("ties", 3)]) != Self.finding([("ties", 4)]))
        #expect(Self.finding([("ties", .nan)], score: .nan) == Self.finding([("ties", .nan)], score: .nan))
        #expect(Self.finding([("ties", 3)]) != Self.finding([("ties", 3), ("members", 5)]))
    }

    @Test("thresholds: every name is settable, read back, and survives a JSON round trip")
    func thresholds() throws {
        var thresholds = PatternThresholds()
        #expect(PatternThresholds.names.count == 15)
        #expect(Set(PatternThresholds.names).count == 15)
        for (i, name) in PatternThresholds.names.enumerated() {
            let value = thresholds.isCount(name) ? Double(i + 2) : Double(i + 1) / 100
            try thresholds.set(name, value)
            #expect(thresholds.value(name) == value)
        }
        #expect(throws: PatternThresholds.SettingError.invalid("minimum_ties")) {
            try thresholds.set("minimum_ties", 0.5)
        }
        #expect(throws: PatternThresholds.SettingError.unknown("nosuch")) { try thresholds.set("nosuch", 1) }
        let data = try JSONEncoder().encode(thresholds)
        #expect(try JSONDecoder().decode(PatternThresholds.self, from: data) == thresholds)
        let partial = try JSONDecoder().decode(PatternThresholds.self, from: Data(#"{"minimum_ties": 7}"#.utf8))
        #expect(partial.minimumTies == 7 && partial.minimumMembers == PatternThresholds().minimumMembers)
    }
}

@Suite struct HierarchicalCoverageTests {
    /// A structure of a lead and ten members; the lead supports the first `supported` of them.
    static func alliance(supported: Int) -> Landscape {
        let schools = (0...10).map { School(urn: URN(String(100 + $0)), name: "S\($0)") }
        let members = schools.map {
            Membership(structureID: "TSA", urn: $0.urn, role: $0.urn == "100" ? .lead : .member)
        }
        let links = (1...supported).map { Link(source: "100", target: URN(String(100 + $0)), kind: .nleSupport) }
        return Landscape(
            schools: schools, structures: [Structure(id: "TSA", kind: .tsa, lead: "100")], memberships: members,
            links: links)
    }

    @Test("a lead that supports a few of many members is not judged hierarchical: too little of the structure is tied")
    func coverage() throws {
        func verdict(_ supported: Int) -> Verdict? {
            AlliancePatterns.findings(Self.alliance(supported: supported)).first { $0.pattern == .hierarchical }?
                .verdict
        }
        #expect(verdict(3) == .insufficientData)  // 4 of 11 schools tied
        #expect(verdict(6) == .yes)  // 7 of 11
    }
}

@Suite struct ThresholdDomainTests {
    @Test("thresholds outside their domain are refused")
    func domains() throws {
        var thresholds = PatternThresholds()
        #expect(throws: PatternThresholds.SettingError.invalid("hierarchical_lead_share")) {
            try thresholds.set("hierarchical_lead_share", 1.5)
        }
        #expect(throws: PatternThresholds.SettingError.invalid("exclusive_ei_index")) {
            try thresholds.set("exclusive_ei_index", -2)
        }
        try thresholds.set("exclusive_ei_index", -0.5)
        #expect(thresholds.exclusiveEIIndex == -0.5)
        #expect(PatternThresholds.domain(of: "marketised_reciprocity") == "a share from 0 to 1")
    }
}
