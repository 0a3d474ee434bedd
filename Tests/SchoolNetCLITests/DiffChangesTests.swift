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
        #expect(lines.first == "change,kind,structure,structure_name,urn,name,other_urn,other_name,date")
        #expect(
            lines.contains(
                "link started,nle-support,,,144030,Brackford Grammar School,140326,Brackford Community Primary School,2022-09-01"
            ))
        #expect(lines.contains { $0.hasPrefix("link ended,") })
        #expect(
            lines.contains(
                "dissolved,federation,FED-MOOR,Moorside Federation,141955,High Tarn Park Primary Academy,,,2019-09-01"))
        // Whole names, however long: the table form does not cut them either.
        let table = try EndToEndTests.run(["diff", EndToEndTests.demo, "--from", "2018-01-01", "--to", "2024-09-01"])
        #expect(table.stdout.contains("Links started (") && !table.stdout.contains("…"))
        #expect(
            try EndToEndTests.run([
                "diff", EndToEndTests.demo, "--from", "2018-01-01", "--to", "2024-09-01", "--la", "Nowhere",
            ]).status == 1)
    }
}
