import Foundation
import SchoolNetTestSupport
import Testing

/// The same landscape, its rows in another order where order carries no meaning, gives
/// byte-identical output from every command: no answer depends on the order rows were read in,
/// nor on the order a dictionary happens to hold them.
@Suite(.serialized) struct ShuffledRowsTests {
    /// Each file's data rows in a fixed, thorough reordering: odd positions reversed, then even.
    static func shuffled(_ text: String) -> String {
        var lines = text.split(separator: "\n", omittingEmptySubsequences: true).map(String.init)
        let header = lines.removeFirst()
        let odd = lines.enumerated().filter { $0.offset % 2 == 1 }.map(\.element).reversed()
        let even = lines.enumerated().filter { $0.offset % 2 == 0 }.map(\.element)
        return ([header] + odd + even).joined(separator: "\n") + "\n"
    }

    static let commands: [[String]] = [
        ["summary"], ["summary", "--format", "json"], ["summary", "--every", "year", "--format", "csv"],
        ["metrics", "--format", "csv"], ["communities", "--format", "json"], ["brokerage", "--format", "csv"],
        ["overlap", "--format", "json"], ["hybrids", "--format", "json"], ["patterns", "--format", "json"],
        ["place", "--format", "json"], ["list", "structures"],
        ["diff", "--from", "2015-01-01", "--to", "2024-09-01", "--format", "csv"],
        ["export", "--format", "graphml"], ["export", "--format", "json"],
    ]

    @Test("every command gives the same bytes on the demo and on the demo with its rows reordered")
    func reordered() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let original = folder.path + "/a/landscape"
        let reordered = folder.path + "/b/landscape"
        for path in [original, reordered] {
            try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        }
        for name in ["schools.csv", "structures.csv", "memberships.csv", "links.csv"] {
            let text = try String(contentsOfFile: EndToEndTests.demo + "/" + name, encoding: .utf8)
            try text.write(toFile: original + "/" + name, atomically: true, encoding: .utf8)
            try Self.shuffled(text).write(toFile: reordered + "/" + name, atomically: true, encoding: .utf8)
        }
        func output(_ command: [String], _ landscape: String) throws -> String {
            var words = [command[0]]
            if command[0] == "list" { words.append(command[1]) }
            words.append(landscape)
            words += command.dropFirst(command[0] == "list" ? 2 : 1)
            let run = try EndToEndTests.run(words)
            #expect(run.status == 0, "\(words): \(run.stderr)")
            return run.stdout.replacingOccurrences(of: landscape, with: "LANDSCAPE")
        }
        for command in Self.commands {
            let a = try output(command, original)
            let b = try output(command, reordered)
            #expect(a == b, "\(command) differs when the rows are reordered")
            #expect(try output(command, original) == a, "\(command) differs from one run to the next")
        }
        // Diagrams and the report, written to files.
        for (words, file) in [(["render"], "x.dot"), (["render", "--overview"], "o.svg"), (["report"], "r")] {
            var results: [String] = []
            for landscape in [original, reordered] {
                let out = folder.path + "/" + UUID().uuidString + "-" + file
                let run = try EndToEndTests.run([words[0], landscape] + words.dropFirst() + ["-o", out])
                #expect(run.status == 0, "\(words): \(run.stderr)")
                let written = file == "r" ? out + "/report.html" : out
                results.append(
                    try String(contentsOfFile: written, encoding: .utf8).replacingOccurrences(
                        of: landscape, with: "LANDSCAPE"))
            }
            #expect(results[0] == results[1], "\(words) differs when the rows are reordered")
        }
    }
}
