import Foundation
import SchoolNetTestSupport
import Testing

/// Every answer describes the landscape on one day and names it.
@Suite(.serialized) struct OneDatePerAnswerTests {
    @Test(
        "summary, place, patterns and hybrids name their date in every format",
        arguments: ["summary", "place", "patterns", "hybrids", "metrics", "overlap", "communities", "brokerage"])
    func everyOutputNamesItsDate(command: String) throws {
        let formats = ["summary", "hybrids"].contains(command) ? ["table", "json"] : ["table", "csv", "json"]
        for format in formats {
            let run = try EndToEndTests.run([command, EndToEndTests.demo, "--format", format])
            #expect(run.status == 0, "\(command) \(format): \(run.stderr)")
            switch format {
            case "table": #expect(run.stdout.hasPrefix("As at 2024-09-01 (the latest date the files record)."))
            case "csv":
                let lines = run.stdout.split(separator: "\n")
                #expect(lines[0].hasSuffix(",at") && lines.dropFirst().allSatisfy { $0.hasSuffix(",2024-09-01") })
            default:
                let json = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
                #expect(json["at"] as? String == "2024-09-01" && json["at_basis"] as? String == "latest-recorded")
            }
        }
    }

    @Test("--all-dates merges the history and says so; --at picks a day; the two exclude each other")
    func allDates() throws {
        let merged = try EndToEndTests.run(["summary", EndToEndTests.demo, "--format", "json", "--all-dates"])
        let json = try #require(try JSONSerialization.jsonObject(with: Data(merged.stdout.utf8)) as? [String: Any])
        #expect(json["at"] is NSNull && json["at_basis"] as? String == "all-dates")
        #expect((json["structures"] as? [String: Int])?["federation"] == 3)
        let current = try EndToEndTests.run(["summary", EndToEndTests.demo, "--format", "json"])
        let now = try #require(try JSONSerialization.jsonObject(with: Data(current.stdout.utf8)) as? [String: Any])
        #expect((now["structures"] as? [String: Int])?["federation"] == 2)
        let given = try EndToEndTests.run(["summary", EndToEndTests.demo, "--at", "2015-01-01"])
        #expect(given.stdout.hasPrefix("As at 2015-01-01 (the date asked for)."))
        #expect(
            try EndToEndTests.run(["summary", EndToEndTests.demo, "--at", "2015-01-01", "--all-dates"]).status == 64)
    }

    @Test("the report names its date, and quotes --at today as the date itself")
    func report() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        #expect(try EndToEndTests.run(["report", EndToEndTests.demo, "-o", folder.path, "--at", "today"]).status == 0)
        let html = try String(contentsOfFile: folder.path + "/report.html", encoding: .utf8)
        let parts = Calendar(identifier: .gregorian).dateComponents(in: .current, from: Date())
        let today = String(format: "%04d-%02d-%02d", parts.year!, parts.month!, parts.day!)
        #expect(html.contains("As at \(today) (the date asked for)."))
        #expect(html.contains("--at \(today)") && !html.contains("--at today"))
    }

    @Test("a date beyond what the files record says so, and so do attributes that carry no date")
    func beyondTheFiles() throws {
        let later = try EndToEndTests.run(["summary", EndToEndTests.demo, "--at", "2099-01-01"])
        #expect(later.stdout.contains("Note: The files record nothing after 2024-09-01"))
        #expect(later.stdout.contains("Ofsted grades, attainment, free-school-meal shares and pupils carry no date"))
        let earlier = try EndToEndTests.run(["place", EndToEndTests.demo, "--at", "1990-01-01", "--format", "json"])
        let json = try #require(try JSONSerialization.jsonObject(with: Data(earlier.stdout.utf8)) as? [String: Any])
        #expect((json["notes"] as? [String])?.contains { $0.hasPrefix("The files record nothing before") } == true)
    }
}
