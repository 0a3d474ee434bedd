import Foundation
import SchoolNetTestSupport
import Testing

/// Issue 4's acceptance check: landscapes written by an independent generator
/// (`Acceptance/generate_independent_landscapes.py`, from the prose of the Definitions article alone, with decoys)
/// whose planted hierarchical, exclusive and marketised alliances and TSA-led MATs are listed in
/// `ground-truth.json`. `schoolnet patterns` and `schoolnet hybrids` must find at least 90% of
/// the planted cases with at most 10% of their findings false, and `schoolnet overlap` must equal
/// the generator's own computation of the pairs, byte for byte.
@Suite(.serialized) struct IndependentAcceptanceTests {
    static let folder = "Tests/SchoolNetCLITests/Acceptance/Landscapes"

    struct Score: CustomStringConvertible {
        let planted: Set<String>, found: Set<String>
        var correct: Int { planted.intersection(found).count }
        var recall: Double { planted.isEmpty ? 0 : Double(correct) / Double(planted.count) }
        var falseShare: Double { found.isEmpty ? 0 : Double(found.count - correct) / Double(found.count) }
        var description: String {
            "planted \(planted.count), found \(found.count), correct \(correct); missed \(planted.subtracting(found).sorted()), false \(found.subtracting(planted).sorted())"
        }
    }

    static func json(_ arguments: [String]) throws -> [String: Any] {
        let run = try EndToEndTests.run(arguments)
        #expect(run.status == 0, "\(arguments): \(run.stderr)")
        return try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
    }

    static func scores(seed: Int) throws -> [String: Score] {
        let bundle = "\(folder)/seed-\(seed)"
        let truthData = try Data(contentsOf: URL(fileURLWithPath: TestPaths.path("\(bundle)/ground-truth.json")))
        let truth = try #require(try JSONSerialization.jsonObject(with: truthData) as? [String: Any])
        let plantedPatterns = truth["patterns"] as! [[String: String]]
        let findings =
            try json(["patterns", bundle, "--scope", "structure", "--format", "json"])["findings"] as! [[String: Any]]
        var scores: [String: Score] = [:]
        for pattern in ["hierarchical", "exclusive", "marketised"] {
            let planted = Set(plantedPatterns.filter { $0["pattern"] == pattern }.map { $0["structure"]! })
            let found = Set(
                findings.filter { ($0["pattern"] as! String) == pattern && ($0["verdict"] as! String) == "yes" }
                    .map { $0["structure"] as! String })
            scores[pattern] = Score(planted: planted, found: found)
        }
        let hybrids = try json(["hybrids", bundle, "--format", "json"])
        let pairs = (hybrids["pairs"] as! [[String: Any]]).compactMap { pair -> String? in
            let kinds = pair["kinds"] as! [String]
            let a = pair["a"] as! String
            let b = pair["b"] as! String
            switch kinds {
            case ["tsa", "mat"]: return "\(a)|\(b)"
            case ["mat", "tsa"]: return "\(b)|\(a)"
            default: return nil
            }
        }
        let plantedPairs = (truth["hybrids"] as! [[String: String]]).map { "\($0["tsa"]!)|\($0["mat"]!)" }
        scores["tsa+mat"] = Score(planted: Set(plantedPairs), found: Set(pairs))
        return scores
    }

    @Test("patterns and hybrids find >= 90% of the planted cases with <= 10% false findings", arguments: [1, 2, 3, 4])
    func detection(seed: Int) throws {
        let scores = try Self.scores(seed: seed)
        #expect(scores.count == 4)
        for (name, score) in scores.sorted(by: { $0.key < $1.key }) {
            #expect(score.planted.count == 12, "seed \(seed) \(name): \(score)")
            #expect(score.recall >= 0.9, "seed \(seed) \(name): \(score)")
            #expect(score.falseShare <= 0.1, "seed \(seed) \(name): \(score)")
        }
    }

    @Test(
        "the decoys and near misses (collegial, patchy or upward support; outward or outward-tied high performers; in-house, long-lived or two-way trading; loose hybrids) are not found",
        arguments: [1, 2, 3, 4])
    func decoys(seed: Int) throws {
        let bundle = "\(Self.folder)/seed-\(seed)"
        let truthData = try Data(contentsOf: URL(fileURLWithPath: TestPaths.path("\(bundle)/ground-truth.json")))
        let decoys =
            (try JSONSerialization.jsonObject(with: truthData) as! [String: Any])["decoys"] as! [[String: String]]
        // Six of each of four decoys, and up to four near misses for each clause the definitions add
        // (11 to 20 a landscape: the structures large enough run out).
        #expect(decoys.count >= 24 + 10)
        let findings =
            try Self.json(["patterns", bundle, "--scope", "structure", "--format", "json"])["findings"]
            as! [[String: Any]]
        let yes = Set(
            findings.filter { ($0["verdict"] as! String) == "yes" }.map {
                "\($0["structure"] as! String) \($0["pattern"] as! String)"
            })
        let pairs = (try Self.json(["hybrids", bundle, "--format", "json"])["pairs"] as! [[String: Any]])
            .map { Set([$0["a"] as! String, $0["b"] as! String]) }
        for decoy in decoys {
            let looksLike = decoy["looks_like"]!
            let id = decoy["structure"]!
            if looksLike == "tsa+mat" {
                #expect(!pairs.contains(Set([id, decoy["with"]!])), "seed \(seed): \(decoy)")
            } else {
                #expect(!yes.contains("\(id) \(looksLike)"), "seed \(seed): \(decoy)")
            }
        }
    }

    @Test("the overlap pairs equal the generator's own computation", arguments: [1, 2, 3, 4])
    func overlap(seed: Int) throws {
        // The generator counts every row whatever its dates.
        let run = try EndToEndTests.run(["overlap", "\(Self.folder)/seed-\(seed)", "--format", "csv", "--all-dates"])
        #expect(run.status == 0)
        let expected = try String(
            contentsOfFile: TestPaths.path("\(Self.folder)/seed-\(seed).pairs.csv"), encoding: .utf8)
        #expect(run.stdout == expected)
    }
}
