import Foundation
import SchoolNetTestSupport
import Testing

/// Every input checked, every failure helpful: usage errors that name the valid values, no
/// system error text, and a way to see what a landscape holds.
@Suite(.serialized) struct HelpfulFailuresTests {
    @Test("an unknown attribute is a usage error naming the landscape's attributes and the closest")
    func unknownAttribute() throws {
        let run = try EndToEndTests.run(["brokerage", EndToEndTests.demo, "--groups", "diocse"])
        #expect(run.status == 64)
        #expect(run.stderr.contains("--groups: unknown attribute 'diocse'; did you mean 'diocese'?"))
        #expect(run.stderr.contains("phase, governance, la, region"))
        let render = try EndToEndTests.run(["render", EndToEndTests.demo, "--colour-by", "nosuch", "-o", "/tmp/x.svg"])
        #expect(render.status == 64 && render.stderr.contains("--colour-by: unknown attribute 'nosuch'"))
    }

    @Test("a near-miss authority suggests the right one; a structure can be named by its name")
    func nearMiss() throws {
        let run = try EndToEndTests.run(["summary", EndToEndTests.demo, "--la", "Brackenshir"])
        #expect(run.status == 1)
        #expect(
            run.stderr.contains("did you mean 'Brackenshire'?") && run.stderr.contains("schoolnet list authorities"))
        let byName = try EndToEndTests.run([
            "summary", EndToEndTests.demo, "--structure", "Brackenshire Learning Trust", "--format", "json",
        ])
        let byID = try EndToEndTests.run(["summary", EndToEndTests.demo, "--structure", "MAT-BLT", "--format", "json"])
        #expect(
            byName.status == 0
                && byName.stdout.replacingOccurrences(of: "Brackenshire Learning Trust", with: "MAT-BLT") == byID.stdout
        )
    }

    @Test("out-of-range parameters are refused")
    func ranges() throws {
        #expect(try EndToEndTests.run(["communities", EndToEndTests.demo, "--resolution=-1"]).status == 64)
        #expect(try EndToEndTests.run(["communities", EndToEndTests.demo, "--resolution", "0"]).status == 64)
    }

    @Test("list shows authorities, regions, structures and attributes with their counts")
    func list() throws {
        let authorities = try EndToEndTests.run(["list", "authorities", EndToEndTests.demo, "--format", "csv"])
        #expect(authorities.stdout == "la,schools\nBrackenshire,150\n")
        let structures = try EndToEndTests.run(["list", "structures", EndToEndTests.demo, "--format", "csv"])
        #expect(structures.stdout.contains("MAT-BLT,mat,Brackenshire Learning Trust,18,"))
        let attributes = try EndToEndTests.run(["list", "attributes", EndToEndTests.demo, "--format", "csv"])
        #expect(attributes.stdout.contains("ofsted,standard,") && attributes.stdout.contains("diocese,custom,"))
        #expect(try EndToEndTests.run(["list", "nothing", EndToEndTests.demo]).status == 64)
    }

    @Test("writing where a file is in the way says so in the tool's words")
    func writeFailures() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try folder.write("taken", "a file")
        let report = try EndToEndTests.run(["report", EndToEndTests.demo, "-o", folder.path + "/taken"])
        #expect(report.status == 73)
        #expect(report.stderr.contains("is a file") && !report.stderr.contains("NSCocoaErrorDomain"))
        let below = try EndToEndTests.run(["generate", "-o", folder.path + "/taken/below"])
        #expect(
            below.status == 73 && below.stderr.contains("taken is a file") && !below.stderr.contains("Error Domain"))
    }

    @Test("a structure that exists but is not active on the day says so, with its dates")
    func structureNotActive() throws {
        let run = try EndToEndTests.run(["summary", EndToEndTests.demo, "--structure", "FED-MOOR"])
        #expect(run.status == 1)
        #expect(
            run.stderr.contains(
                "structure 'FED-MOOR' is not active on 2024-09-01 (it ran from 2014-09-01 to 2019-09-01); give --at a date when it was, or --all-dates"
            ))
        #expect(
            try EndToEndTests.run(["summary", EndToEndTests.demo, "--structure", "FED-MOOR", "--at", "2018-01-01"])
                .status == 0)
    }

    @Test("template writes a workbook every command reads, and never overwrites")
    func template() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let book = folder.path + "/start.xlsx"
        #expect(try EndToEndTests.run(["template", "-o", book]).status == 0)
        let validate = try EndToEndTests.run(["validate", book])
        #expect(validate.status == 0 && validate.stdout.contains("valid: 0 schools"))
        let again = try EndToEndTests.run(["template", "-o", book])
        #expect(again.status == 73 && again.stderr.contains("already exists"))
        let bad = try EndToEndTests.run(["validate", "Tests/SchoolNetIOTests/Fixtures/workbooks/bad-cell.xlsx"])
        #expect(bad.status == 1 && bad.stderr.contains("bad-cell.xlsx: schools!G5: column 'ofsted'"))
    }
}
