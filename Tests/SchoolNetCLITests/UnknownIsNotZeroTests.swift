import Foundation
import SchoolNetTestSupport
import Testing

/// Unknown is not zero: where an attribute a figure needs is mostly missing, the figure says it
/// cannot be judged instead of printing 0.
@Suite(.serialized) struct UnknownIsNotZeroTests {
    @Test("place on a landscape without Ofsted grades or FSM shares says it cannot judge, in every format")
    func placeWithoutGrades() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try folder.write("schools.csv", "urn,name,la\n1,A,North\n2,B,North\n3,C,North\n")
        try folder.write("links.csv", "source,target,kind\n1,2,nle-support\n")
        let table = try EndToEndTests.run(["place", folder.path])
        #expect(table.status == 0)
        #expect(table.stdout.contains("Ofsted grades are known for 0 of 3 schools"))
        #expect(table.stdout.contains("insufficient data"))
        let csv = try EndToEndTests.run(["place", folder.path, "--format", "csv"])
        #expect(csv.stdout.contains("\nNorth,3,0,0,,,,,,0,0,0,0,0,0,,,\n"))
        #expect(csv.stderr.contains("note: Insufficient data"))
        let json = try JSONSerialization.jsonObject(
            with: Data(try EndToEndTests.run(["place", folder.path, "--format", "json"]).stdout.utf8))
        let object = try #require(json as? [String: Any])
        let area = try #require((object["areas"] as? [[String: Any]])?.first)
        #expect(area["cold_spots"] is NSNull && area["low_performers"] is NSNull && (area["ofsted_known"] as? Int) == 0)
        #expect((object["notes"] as? [String])?.count == 2)
    }

    @Test("with grades for most schools, place judges as before and says how many were known")
    func placeWithGrades() throws {
        let run = try EndToEndTests.run(["place", EndToEndTests.demo, "--format", "csv", "--all-dates"])
        #expect(
            run.stdout.contains(
                "\nBrackenshire,150,134,0.8933333333333333,24,14,0.5833333333333334,39,22,5,3,1,0,150,150,22,0.9166666666666666,8\n"
            ))
        #expect(!run.stderr.contains("note:"))
    }

    @Test("the report says under its heading what it could not judge, each item linked to its section")
    func reportSaysWhatItCouldNotJudge() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try FileManager.default.createDirectory(atPath: folder.path + "/bundle", withIntermediateDirectories: true)
        try folder.write("bundle/schools.csv", "urn,name,la\n1,A,North\n2,B,North\n3,C,North\n")
        try folder.write("bundle/links.csv", "source,target,kind\n1,2,nle-support\n")
        let run = try EndToEndTests.run(["report", folder.path + "/bundle", "-o", folder.path + "/out"])
        #expect(run.status == 0, "\(run.stderr)")
        let html = try String(contentsOfFile: folder.path + "/out/report.html", encoding: .utf8)
        #expect(html.contains("<h2>What this report could not judge</h2>"))
        #expect(html.contains("<a href=\"#place\">Place and equity</a>: Ofsted grades are known for 0 of 3 schools"))
        #expect(html.contains("<a href=\"#findings\">Alliance findings</a>: No structure has a lead"))
        // Said once, not once by the analysis and again by the page.
        #expect(html.components(separatedBy: "structure has a lead, so no alliance").count == 4)
        #expect(!html.contains("Cold spots</h3><p class=\"note\">None.</p>"))
    }
}
