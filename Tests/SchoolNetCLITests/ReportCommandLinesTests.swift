import ArgumentParser
import Foundation
import SchoolNetModel
import SchoolNetReport
import SchoolNetTestSupport
import Testing

@testable import SchoolNetCLI

/// The report describes how to reproduce each section in the library's terms; the CLI turns
/// that into command lines. Every line on the page must parse, run, and print the numbers the
/// section shows.
@Suite(.serialized) struct ReportCommandLinesTests {
    /// The words of a POSIX command line as ShellWord quotes them: bare words and single-quoted
    /// ones (`'\''` for a quote inside).
    static func shellWords(_ line: String) -> [String] {
        var words: [String] = []
        var word = ""
        var inQuotes = false
        var started = false
        var escaped = false
        for character in line {
            if escaped {
                word.append(character)
                escaped = false
            } else if inQuotes {
                if character == "'" { inQuotes = false } else { word.append(character) }
            } else if character == "'" {
                inQuotes = true
                started = true
            } else if character == "\\" {
                escaped = true
                started = true
            } else if character == " " {
                if started || !word.isEmpty { words.append(word) }
                word = ""
                started = false
            } else {
                word.append(character)
            }
        }
        if started || !word.isEmpty { words.append(word) }
        return words
    }

    static func unescape(_ html: String) -> String {
        html.replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">")
            .replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&#39;", with: "'")
            .replacingOccurrences(of: "&amp;", with: "&")
    }

    @Test("a scope, a date and a name that needs quoting survive the round trip through the shell")
    func quoting() throws {
        let lines = ReportCommandLines(
            landscape: "My Landscape's folder", date: CalendarDate(iso: "2024-09-01"),
            scope: .localAuthority("Kingston upon Hull"))
        let line = lines.line(.overlap(view: "pairs"))
        #expect(
            line
                == "schoolnet overlap 'My Landscape'\\''s folder' --view pairs --at 2024-09-01 --la 'Kingston upon Hull'"
        )
        #expect(Array(Self.shellWords(line).dropFirst()) == lines.words(.overlap(view: "pairs")))
        _ = try SchoolNetCommand.parseAsRoot(lines.words(.overlap(view: "pairs")))
    }

    @Test(
        "every command the report quotes parses, runs, and prints the numbers of its section",
        arguments: [
            [], ["--around", "144030", "--radius", "1"], ["--at", "2019-06-30", "--lenient"],
            [
                "--layers", "co-mat,co-federation,nle-support,sle-support", "--ties", "any", "--high-grades",
                "outstanding,good", "--threshold", "minimum_members=2", "--colour-by", "phase",
            ],
        ])
    func everySection(extra: [String]) throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let report = try EndToEndTests.run(["report", EndToEndTests.demo, "-o", folder.path] + extra)
        #expect(report.status == 0, "\(report.stderr)")
        let html = try String(contentsOfFile: folder.path + "/report.html", encoding: .utf8)
        let sections = html.matches(of: /<section id="([^"]+)">(.*?)<\/section>/.dotMatchesNewlines())
        // Summary, diagrams, what changed, brokers, overlap, hybrids, findings, place.
        #expect(sections.count == 8)
        var quoted = 0
        for section in sections {
            let body = String(section.output.2)
            let lines = body.matches(of: /<code class="cmd">(.*?)<\/code>/).map { Self.unescape(String($0.output.1)) }
            var printed = ""
            for line in lines {
                var words = Array(Self.shellWords(line).dropFirst())
                #expect(Self.shellWords(line).first == "schoolnet", "\(line)")
                _ = try SchoolNetCommand.parseAsRoot(words)
                if let o = words.firstIndex(of: "-o") { words[o + 1] = folder.path + "/" + words[o + 1] }
                let run = try EndToEndTests.run(words)
                #expect(run.status == 0, "\(line): \(run.stderr)")
                printed += run.stdout
                quoted += 1
            }
            // Every row of the section's tables is one line of what its commands print: each of its
            // numbers, as shown or in full, stands on that line. Cards are single numbers.
            let printedLines = printed.split(separator: "\n").map { line in
                Set(line.split(whereSeparator: { " ,;()\"".contains($0) }).map(String.init))
            }
            for row in body.matches(of: /<tr>(.*?)<\/tr>/) {
                let cells = row.output.1.matches(of: /<td class="num" data-sort="([^"]*)">([^<]*)<\/td>/).map {
                    (exact: String($0.output.1), shown: String($0.output.2))
                }
                guard !cells.isEmpty else { continue }
                let found = printedLines.contains { tokens in
                    cells.allSatisfy { tokens.contains($0.shown) || tokens.contains($0.exact) }
                }
                #expect(found, "section \(section.output.1): no printed line has \(cells.map(\.shown)) (from \(lines))")
            }
            let everything = printedLines.reduce(into: Set<String>()) { $0.formUnion($1) }
            for card in body.matches(of: /<div class="value">([^<]*)<\/div>/) {
                #expect(
                    everything.contains(String(card.output.1)), "section \(section.output.1): card \(card.output.1)")
            }
        }
        #expect(quoted >= 10)
    }
}
