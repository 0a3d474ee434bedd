import Testing

@testable import SchoolNetModel

/// Detection scored against the ground truth of the package's own synthetic landscapes with
/// planted patterns: at least 90% of the planted cases found, at most 10% of findings false.
/// (The acceptance test uses an independent generator; this guards against regressions.)
@Suite struct PlantedDetectionTests {
    struct Score: CustomStringConvertible {
        var planted = 0, found = 0, correct = 0
        var recall: Double { planted == 0 ? 1 : Double(correct) / Double(planted) }
        var falseShare: Double { found == 0 ? 0 : Double(found - correct) / Double(found) }
        var description: String { "planted \(planted), found \(found), correct \(correct)" }
    }

    static func score(seed: UInt64) -> [String: Score] {
        let (landscape, truth) = SyntheticLandscape.generate(.region, seed: seed, plant: true)
        let findings = AlliancePatterns.findings(landscape, scopes: [.structure])
        var scores: [String: Score] = [:]
        for pattern in AlliancePattern.allCases {
            let planted = Set(truth.patterns.filter { $0.pattern == pattern }.map(\.structure))
            let found = Set(findings.filter { $0.pattern == pattern && $0.verdict == .yes }.map(\.structure))
            scores[pattern.rawValue] = Score(
                planted: planted.count, found: found.count, correct: planted.intersection(found).count)
        }
        let pairs = HybridStructures(landscape).pairs.filter { Set($0.kinds) == [.tsa, .mat] }.map { pair in
            landscape.structure(pair.overlap.a)?.kind == .tsa
                ? "\(pair.overlap.a)|\(pair.overlap.b)" : "\(pair.overlap.b)|\(pair.overlap.a)"
        }
        let plantedPairs = Set(truth.hybrids.map { "\($0.tsa)|\($0.mat)" })
        scores["tsa+mat"] = Score(
            planted: plantedPairs.count, found: Set(pairs).count, correct: plantedPairs.intersection(pairs).count)
        return scores
    }

    @Test(
        "planted patterns and TSA-led MATs are found with recall >= 0.9 and at most 10% false findings",
        arguments: [1, 2, 3] as [UInt64])
    func detection(seed: UInt64) {
        for (name, score) in Self.score(seed: seed).sorted(by: { $0.key < $1.key }) {
            #expect(score.planted >= 10, "\(name): \(score)")
            #expect(score.recall >= 0.9, "seed \(seed) \(name): \(score)")
            #expect(score.falseShare <= 0.1, "seed \(seed) \(name): \(score)")
        }
    }
}
