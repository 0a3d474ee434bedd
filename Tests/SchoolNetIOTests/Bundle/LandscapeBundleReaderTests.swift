import Foundation
import SchoolNetModel
import SchoolNetTestSupport
import Testing

@testable import SchoolNetIO

@Suite struct LandscapeBundleReaderTests {
    @Test("the demo landscape loads with no diagnostics")
    func demo() throws {
        let load = LandscapeBundleReader().read(directory: TestPaths.example("demo-landscape"))
        #expect(load.diagnostics.isEmpty)
        let landscape = try #require(load.landscape)
        #expect((120...200).contains(landscape.schools.count))
    }

    @Test("custom columns survive; column names are case-insensitive; BOM and CRLF are fine")
    func customColumnsAndHeaders() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try folder.write(
            "schools.csv",
            bytes: [0xEF, 0xBB, 0xBF]
                + Array(
                    "URN,Name,Phase,Diocese,rural\r\n0100,St Mary's,Primary,Diocese of X,yes\r\n0200,Oak,,,\r\n".utf8))
        let load = LandscapeBundleReader().read(directory: folder.path)
        #expect(load.diagnostics.isEmpty)
        let landscape = try #require(load.landscape)
        let school = try #require(landscape.school("0100"))
        #expect(school.name == "St Mary's")
        #expect(school.phase == .primary)
        #expect(school.custom["diocese"] == "Diocese of X")
        #expect(school.custom.entries.map(\.name) == ["Diocese", "rural"])
        #expect(landscape.school("0200")?.custom["rural"] == "")
        #expect(landscape.school("0200")?.phase == nil)
    }

    @Test("a file that is not UTF-8 is read as Windows-1252 with a warning naming it")
    func windows1252() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try folder.write("schools.csv", bytes: Array("urn,name\n1,Caf".utf8) + [0xE9] + Array(" School\n".utf8))
        let load = LandscapeBundleReader().read(directory: folder.path)
        #expect(
            load.diagnostics.map(\.description) == [
                "\(folder.path)/schools.csv: warning: not valid UTF-8; read as Windows-1252"
            ])
        #expect(load.landscape?.school("1")?.name == "Café School")
    }

    @Test("a NUL byte is reported at its line and the file is not read")
    func nulByte() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try folder.write("schools.csv", "urn,name\n1,A\n")
        try folder.write("links.csv", bytes: Array("source,target,kind\n1,2,partnership\n".utf8) + [0, 1, 2])
        let load = LandscapeBundleReader().read(directory: folder.path)
        #expect(
            load.errors.map(\.description) == [
                "\(folder.path)/links.csv:3: a NUL byte: binary content, not a CSV text file; file not read"
            ])
    }

    @Test("a missing schools file, a missing folder and a missing required column are errors")
    func missing() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        #expect(
            LandscapeBundleReader().read(directory: folder.path).errors.map(\.message) == ["required file is missing"])
        #expect(
            LandscapeBundleReader().read(directory: folder.path + "/nowhere").errors.first?.message == "does not exist")
        try folder.write("schools.csv", "urn,title\n1,A\n")
        #expect(
            LandscapeBundleReader().read(directory: folder.path + "/schools.csv").errors.first?.message
                == "is not a folder; a landscape is a folder of CSV files, a workbook ending in .xlsx, or a JSON file ending in .json"
        )
        try folder.write("links.csv", "")
        let load = LandscapeBundleReader(mode: .lenient).read(directory: folder.path)
        #expect(load.landscape == nil)
        #expect(
            load.errors.map(\.description) == [
                "\(folder.path)/schools.csv:1: missing required column 'name' (header: urn,title)"
            ])
    }

    @Test("an empty optional file means none; a duplicate column is an error")
    func emptyAndDuplicateColumns() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try folder.write("schools.csv", "urn,name,Name\n1,A,B\n")
        try folder.write("structures.csv", "")
        let load = LandscapeBundleReader().read(directory: folder.path)
        #expect(
            load.errors.map(\.description) == [
                "\(folder.path)/schools.csv:1: column 'Name': duplicate column (also field 2)"
            ])
    }

    @Test("a quote left open fails the load even when lenient: the lines after it are lost in one field")
    func unterminatedQuote() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try folder.write("schools.csv", "urn,name\n1,A\n2,B\n")
        try folder.write("links.csv", "source,target,kind\n1,2,partnership\n1,\"2,partnership\n2,1,other\n")
        let load = LandscapeBundleReader(mode: .lenient).read(directory: folder.path)
        #expect(load.landscape == nil)
        #expect(
            load.errors.map(\.description) == [
                "\(folder.path)/links.csv:3: a quoted field opened on this line is never closed; file not read"
            ])
    }

    @Test("a school in two hard federations at once is an error; one after the other is fine")
    func hardFederations() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try folder.write("schools.csv", "urn,name\n1,A\n2,B\n")
        try folder.write(
            "structures.csv", "id,kind,federation-type\nF1,federation,hard\nF2,federation,hard\nF3,federation,soft\n")
        try folder.write(
            "memberships.csv",
            "structure,urn,joined,left\nF1,1,2010-01-01,2015-01-01\nF2,1,2015-01-01,\nF3,1,,\nF2,2,,\nF1,2,,\n")
        let load = LandscapeBundleReader().read(directory: folder.path)
        #expect(load.errors.map(\.line) == [6])
        #expect(load.errors.first?.message.contains("already in hard federation 'F2'") == true)
    }
}
