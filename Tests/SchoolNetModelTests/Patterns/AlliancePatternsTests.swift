import Foundation
import Testing

@testable import SchoolNetModel

/// Each pattern planted in a landscape built by hand, with its evidence checked.
@Suite struct AlliancePatternsTests {
    static func school(_ urn: String, la: String = "North", attainment: Double? = nil, ofsted: OfstedGrade? = nil)
        -> School
    {
        School(urn: URN(urn), name: "S\(urn)", localAuthority: la, ofsted: ofsted, attainment: attainment)
    }

    /// H: lead 1 supports members 2–5, which have no ties among themselves (hierarchical).
    /// X: members 10–13 far above the other North schools 20–24, tied only to each other (exclusive).
    /// K: lead 30 sells services to 31, 32, 33 outside its structure {30, 34, 35} (marketised).
    /// T: two schools only (insufficient data).
    static func landscape() -> Landscape {
        var schools = (1...5).map { school("\($0)") }
        schools += (10...13).map { school("\($0)", attainment: 2.0 + Double($0) / 100) }
        schools += (20...24).map {
            school("\($0)", attainment: Double($0 - 22) / 10, ofsted: $0 == 24 ? .inadequate : .good)
        }
        schools += (30...35).map { school("\($0)", la: "South") }
        schools += [school("40", la: "South"), school("41", la: "South")]
        let structures = [
            Structure(id: "H", kind: .tsa, lead: "1"), Structure(id: "X", kind: .partnership, lead: "10"),
            Structure(id: "K", kind: .mat, lead: "30"), Structure(id: "T", kind: .tsa, lead: "40"),
        ]
        var memberships = (1...5).map { Membership(structureID: "H", urn: URN("\($0)")) }
        memberships += (10...13).map { Membership(structureID: "X", urn: URN("\($0)")) }
        memberships += [30, 34, 35].map { Membership(structureID: "K", urn: URN("\($0)")) }
        memberships += [Membership(structureID: "T", urn: "40"), Membership(structureID: "T", urn: "41")]
        var links = (2...5).map { Link(source: "1", target: URN("\($0)"), kind: .nleSupport) }
        links += [("10", "11"), ("11", "12"), ("12", "13"), ("10", "13")].map {
            Link(source: URN($0.0), target: URN($0.1), kind: .partnership)
        }
        let d = { (s: String) in CalendarDate(iso: s)! }
        links += [31, 32, 33].map {
            Link(
                source: "30", target: URN("\($0)"), kind: .tradedService,
                period: ActivePeriod(start: d("2021-09-01"), end: d("2022-08-31")))
        }
        links += [Link(source: "40", target: "41", kind: .partnership)]
        return Landscape(schools: schools, structures: structures, memberships: memberships, links: links)
    }

    func finding(_ structure: String, _ pattern: AlliancePattern, _ thresholds: PatternThresholds = PatternThresholds())
        -> Finding
    {
        AlliancePatterns.findings(Self.landscape(), thresholds: thresholds).first {
            $0.structure == structure && $0.pattern == pattern
        }!
    }

    func evidence(_ f: Finding, _ name: String) -> Double { f.evidence.first { $0.name == name }!.value }

    @Test("hierarchical: every tie runs to the lead, none among members, support flows out")
    func hierarchical() {
        let f = finding("H", .hierarchical)
        #expect(f.verdict == .yes)
        #expect(f.score == 1)  // a star: Freeman centralization 1
        #expect(evidence(f, "lead_share") == 1)
        #expect(evidence(f, "member_density") == 0)
        #expect(evidence(f, "support_from_lead_share") == 1)
        #expect(finding("X", .hierarchical).verdict == .no)  // a ring of four: no centre
    }

    @Test("exclusive: far above the schools around, ties inward, no support out")
    func exclusive() {
        let f = finding("X", .exclusive)
        #expect(f.verdict == .yes)
        #expect(evidence(f, "ei_index") == -1)
        #expect(abs(evidence(f, "mean_attainment_surrounding")) < 1e-15)  // 20–24 centre on 0; 1–5 have none
        #expect(f.score > 0.5)
        // Support from a member to the inadequate school 24 outside makes it not exclusive.
        var landscape = Self.landscape()
        landscape = Landscape(
            schools: landscape.schools, structures: landscape.structures, memberships: landscape.memberships,
            links: landscape.links + [Link(source: "10", target: "24", kind: .lleSupport)])
        let withSupport = AlliancePatterns.findings(landscape).first {
            $0.structure == "X" && $0.pattern == .exclusive
        }!
        #expect(withSupport.verdict == .no)
        #expect(withSupport.evidence.first { $0.name == "support_to_weaker_outside" }!.value == 1)
    }

    @Test("marketised: one-way traded services to clients outside, a year each")
    func marketised() {
        let f = finding("K", .marketised)
        #expect(f.verdict == .yes)
        #expect(f.score == 1)
        #expect(evidence(f, "clients_outside_share") == 1)
        #expect(evidence(f, "reciprocity") == 0)
        #expect(evidence(f, "median_traded_days") == 364)
        #expect(finding("H", .marketised).verdict == .no)
    }

    @Test("hierarchical needs support from the lead: a lead that only sells to its members is not a hierarchy")
    func hierarchicalNeedsSupport() {
        let base = Self.landscape()
        let traded = base.links.map { link in
            link.source == "1" ? Link(source: "1", target: link.target, kind: .tradedService) : link
        }
        let landscape = Landscape(
            schools: base.schools, structures: base.structures, memberships: base.memberships, links: traded)
        let f = AlliancePatterns.findings(landscape).first { $0.structure == "H" && $0.pattern == .hierarchical }!
        #expect(f.verdict == .no)
        // Still a perfect star, but a no never scores like a yes: 3 of its 4 clauses hold.
        #expect(evidence(f, "centralization") == 1)
        #expect(f.score == 0.75)
        #expect(evidence(f, "support_links_with_lead") == 0)
        #expect(evidence(f, "support_from_lead_share").isNaN)
    }

    @Test("a lead's wider circle: its structures' members and every school it is linked to")
    func leadScope() {
        // Lead 30 leads K {30, 34, 35} and sells to 31, 32, 33: its circle is all six.
        let findings = AlliancePatterns.findings(Self.landscape(), scopes: [.lead])
        #expect(Set(findings.map(\.structure)) == ["lead:1", "lead:10", "lead:30", "lead:40"])
        #expect(findings.allSatisfy { $0.scope == .lead })
        let hierarchy = findings.first { $0.structure == "lead:30" && $0.pattern == .hierarchical }!
        #expect(evidence(hierarchy, "members") == 6)
        #expect(evidence(hierarchy, "ties") == 3)
        // Marketised counts as outside the clients in none of the structures it leads.
        let market = findings.first { $0.structure == "lead:30" && $0.pattern == .marketised }!
        #expect(market.verdict == .yes)
        #expect(evidence(market, "clients_outside_share") == 1)
        #expect(AlliancePatterns.findings(Self.landscape(), scopes: [.structure]).allSatisfy { $0.scope == .structure })
    }

    @Test("too few members or ties is insufficient data, never a guess")
    func insufficient() {
        for pattern in AlliancePattern.allCases { #expect(finding("T", pattern).verdict == .insufficientData) }
        #expect(finding("K", .hierarchical).verdict == .insufficientData)
    }

    @Test("thresholds change verdicts; a file may set only some")
    func thresholds() throws {
        var strict = PatternThresholds()
        try strict.set("marketised_minimum_traded", 4)
        #expect(finding("K", .marketised, strict).verdict == .no)
        #expect(throws: PatternThresholds.SettingError.unknown("nope")) { try strict.set("nope", 1) }
        #expect(throws: PatternThresholds.SettingError.invalid("minimum_ties")) { try strict.set("minimum_ties", 0.5) }
        let partial = try JSONDecoder().decode(
            PatternThresholds.self, from: Data(#"{"exclusive_attainment_gap": 9}"#.utf8))
        #expect(partial.exclusiveAttainmentGap == 9)
        #expect(partial.minimumTies == 3)
    }
}
