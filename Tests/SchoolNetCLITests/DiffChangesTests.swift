import Foundation
import SchoolNetTestSupport
import Testing

/// `diff` covers links as well as memberships and structures, takes a scope, and writes CSV with
/// whole names.
@Suite struct DiffChangesTests {
    @Test("diff --la AUTHORITY --format csv lists link changes with whole names")
    func csv() throws {
        let run = try EndToEndTests.run([
            "diff", EndToEndTests.demo, "--from", "2018-01-01", "--to", "2024-09-01", "--la", "Brackenshire",
            "--format", "csv",
        ])
        #expect(run.status == 0, "\(run.stderr)")
        let lines = run.stdout.split(separator: "\n").map(String.init)
        // Every row says which two days it compares, so a saved file stands on its own.
        #expect(lines.first == "change,kind,structure,structure_name,urn,name,other_urn,other_name,date,from,to")
        #expect(
            lines.contains(
                "link started,nle-support,,,144030,Brackford Grammar School,140326,Brackford Community Primary School,2022-09-01,2018-01-01,2024-09-01"
            ))
        #expect(lines.contains { $0.hasPrefix("link ended,") })
        #expect(
            lines.contains(
                "dissolved,federation,FED-MOOR,Moorside Federation,141955,High Tarn Park Primary Academy,,,2019-09-01,2018-01-01,2024-09-01"
            ))
        // Whole names, however long: the table form does not cut them either.
        let table = try EndToEndTests.run(["diff", EndToEndTests.demo, "--from", "2018-01-01", "--to", "2024-09-01"])
        #expect(table.stdout.contains("Links started (") && !table.stdout.contains("…"))
        #expect(
            try EndToEndTests.run([
                "diff", EndToEndTests.demo, "--from", "2018-01-01", "--to", "2024-09-01", "--la", "Nowhere",
            ]).status == 1)
    }
}

/// `summary --every year`: the landscape year by year.
@Suite struct SummarySeriesTests {
    @Test("summary --every year gives one row per year, each counted on that day")
    func everyYear() throws {
        let run = try EndToEndTests.run(["summary", EndToEndTests.demo, "--every", "year", "--format", "csv"])
        #expect(run.status == 0, "\(run.stderr)")
        let lines = run.stdout.split(separator: "\n").map { $0.split(separator: ",", omittingEmptySubsequences: false) }
        let years = lines.dropFirst().map { Int($0[0].prefix(4))! }
        #expect(years == Array(years[0]...2024) && years.count >= 10)
        #expect(lines.dropFirst().allSatisfy { $0[0].hasSuffix("-09-01") })
        // The last row is the summary as at 2024-09-01.
        let summary = try EndToEndTests.run(["summary", EndToEndTests.demo, "--format", "json"])
        let json = try #require(try JSONSerialization.jsonObject(with: Data(summary.stdout.utf8)) as? [String: Any])
        let header = lines[0].map(String.init)
        let last = try #require(lines.last)
        #expect(Int(last[try #require(header.firstIndex(of: "ties"))]) == json["ties"] as? Int)
        #expect(try EndToEndTests.run(["summary", EndToEndTests.demo, "--format", "csv"]).status == 64)
    }
}
