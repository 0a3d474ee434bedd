import Foundation
import SchoolNetTestSupport
import Testing

/// `schoolnet report`, end to end: the numbers on the page are the ones the commands it quotes print.
@Suite struct ReportCommandTests {
    @Test("the top broker and the summary counts on the page equal what metrics and summary print")
    func traceable() throws {
        let folder = try TemporaryFolder()
        let report = try EndToEndTests.run(["report", EndToEndTests.demo, "-o", folder.path])
        #expect(report.status == 0, "\(report.stderr)")
        let html = try String(contentsOfFile: folder.path + "/report.html", encoding: .utf8)
        #expect(html.contains("schoolnet metrics Examples/demo-landscape --format csv"))

        let metrics = try EndToEndTests.run(["metrics", EndToEndTests.demo, "--measures", "betweenness"])
        // The table starts after the line naming the date it describes.
        let lines = metrics.stdout.split(separator: "\n")
        let header = try #require(lines.firstIndex { $0.hasPrefix("urn ") })
        #expect(lines[0].hasPrefix("As at "))
        let rows = lines[(header + 1)...].map { $0.split(separator: " ", omittingEmptySubsequences: true) }
        let top = try #require(rows.max { Double($0.last!)! < Double($1.last!)! })
        #expect(html.contains("<td>\(top.first!)</td>"), "top broker \(top.first!)")
        #expect(html.contains("data-sort=\"") && html.contains(">\(top.last!)</td>"), "betweenness \(top.last!)")

        let summary = try EndToEndTests.run(["summary", EndToEndTests.demo, "--format", "json"])
        let json = try #require(try JSONSerialization.jsonObject(with: Data(summary.stdout.utf8)) as? [String: Any])
        for key in ["schools", "ties", "components"] {
            let value = try #require(json[key] as? NSNumber).intValue
            #expect(html.contains("<div class=\"value\">\(value)</div>"), "\(key) \(value)")
        }
    }

    @Test("a report of one authority names it, and quotes its commands with --la")
    func scoped() throws {
        let folder = try TemporaryFolder()
        let run = try EndToEndTests.run([
            "report", EndToEndTests.demo, "--la", "Brackenshire", "-o", folder.path + "/la",
        ])
        #expect(run.status == 0)
        let html = try String(contentsOfFile: folder.path + "/la/report.html", encoding: .utf8)
        #expect(html.contains("local authority Brackenshire"))
        #expect(html.contains("schoolnet summary Examples/demo-landscape --at 2024-09-01 --la Brackenshire"))
        // The quoted commands take the scope too, and print the page's numbers.
        let summary = try EndToEndTests.run(["summary", EndToEndTests.demo, "--la", "Brackenshire", "--format", "json"])
        #expect(summary.status == 0)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(summary.stdout.utf8)) as? [String: Any])
        let ties = try #require(json["ties"] as? NSNumber).intValue
        #expect(html.contains("<div class=\"value\">\(ties)</div>"))
        let elsewhere = try EndToEndTests.run(["summary", EndToEndTests.demo, "--la", "Elsewhere"])
        #expect(elsewhere.status == 1 && elsewhere.stderr.contains("no school is in the local authority 'Elsewhere'"))
    }
}
