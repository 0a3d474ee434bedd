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
        #expect(PatternThresholds.names.count == 13)
        #expect(Set(PatternThresholds.names).count == 13)
        for (i, name) in PatternThresholds.names.enumerated() {
            try thresholds.set(name, Double(i + 2))
            #expect(thresholds.value(name) == Double(i + 2))
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
