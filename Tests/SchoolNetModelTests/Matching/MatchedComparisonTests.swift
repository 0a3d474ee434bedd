import SchoolNetModel
import Testing

/// Matched comparisons worked out by hand.
@Suite struct MatchedComparisonTests {
    /// Members A (1) and B (2); non-members C (3), D (4) and E (5), matched on disadvantage alone.
    static func landscape(_ disadvantage: [Double], _ attainment: [Double?]) -> Landscape {
        let schools = (1...5).map { i in
            School(
                urn: URN(String(i)), name: "S\(i)", phase: .primary, attainment: attainment[i - 1],
                disadvantage: disadvantage[i - 1])
        }
        return Landscape(schools: schools, structures: [], memberships: [])
    }

    static func compare(
        _ landscape: Landscape, calliper: Double? = nil, replacement: Bool = false
    ) -> MatchedComparison {
        MatchedComparison(
            landscape, members: [0, 1], outcome: "attainment",
            features: ContextFeatures(landscape, features: [("disadvantage", 1)]), calliper: calliper,
            replacement: replacement, resamples: 999, seed: 3)
    }

    @Test("the optimal pairs, not the greedy ones; the mean difference, its interval and p by hand")
    func optimal() {
        // A 0.10, B 0.13; C 0.12, D 0.05, E 0.90. Greedy in URN order would give A–C and B–D
        // (0.02 + 0.08); the optimum is A–D and B–C (0.05 + 0.01).
        let landscape = Self.landscape([0.10, 0.13, 0.12, 0.05, 0.90], [1.0, 1.0, 0.5, 0.0, 3.0])
        let comparison = Self.compare(landscape)
        #expect(comparison.pairs.map(\.control) == [3, 2])
        // Differences: A − D = 1.0, B − C = 0.5; mean 0.75.
        #expect(comparison.pairs.map(\.difference) == [1.0, 0.5])
        #expect(abs(comparison.difference - 0.75) < 1e-12)
        // Resampled means can only be 0.5, 0.75 or 1: the 95 % interval spans the extremes.
        #expect(comparison.interval.low == 0.5 && comparison.interval.high == 1.0)
        // Sign flips: |mean| ≥ 0.75 for half the patterns (both signs kept or both flipped).
        #expect(comparison.test.pUpper > 0.4 && comparison.test.pUpper < 0.6)
        // With replacement both members take C, the nearest to each.
        #expect(Self.compare(landscape, replacement: true).pairs.map(\.control) == [2, 2])
    }

    @Test("a calliper leaves a member unmatched, and says so; so does a member without the outcome")
    func unmatched() {
        // B (0.60) is far from every non-member; the sd of disadvantage here is about 0.25.
        let landscape = Self.landscape([0.10, 0.60, 0.12, 0.05, 0.20], [1.0, nil, 0.5, 0.0, 3.0])
        let comparison = Self.compare(landscape, calliper: 0.5)
        #expect(comparison.pairs.map(\.member) == [0])
        #expect(comparison.unmatched.map(\.school) == [1])
        #expect(comparison.unmatched.first?.reason == "no attainment")
        let far = Self.landscape([0.10, 0.60, 0.12, 0.05, 0.20], [1.0, 2.0, 0.5, 0.0, 3.0])
        let withCalliper = Self.compare(far, calliper: 0.5)
        #expect(withCalliper.unmatched.first?.reason == "no non-member within the calliper")
    }
}
