import Foundation
import SchoolNetModel
import SchoolNetTestSupport
import Testing

@testable import SchoolNetIO

/// `schoolnet template`: an empty landscape whose column names come from the schema.
@Suite struct LandscapeTemplateTests {
    @Test(
        "the template workbook reads back: instructions, one sheet per table with the schema's header, every column described"
    )
    func workbook() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let bytes = try LandscapeTemplate.workbook()
        #expect(try LandscapeTemplate.workbook() == bytes)
        try folder.write("start.xlsx", bytes: bytes)
        let sheets = try WorkbookReader.read(path: folder.path + "/start.xlsx")
        #expect(sheets.map(\.name) == ["instructions", "schools", "structures", "memberships", "links", "columns"])
        for table in LandscapeSchema.tables {
            let sheet = try #require(sheets.first { $0.name == table.name })
            #expect(sheet.rows.map(\.cells) == [table.columns.map(\.name)])
        }
        let columns = try #require(sheets.last)
        #expect(columns.rows.count == 1 + LandscapeSchema.tables.reduce(0) { $0 + $1.columns.count })
        #expect(columns.rows.contains { $0.cells.prefix(3) == ["schools", "urn", "yes"] })
        let ofsted = try #require(columns.rows.first { $0.cells.prefix(2) == ["schools", "ofsted"] })
        #expect(ofsted.cells[4].contains("requires-improvement"))
        let load = LandscapeLoader.load(path: folder.path + "/start.xlsx")
        #expect(load.diagnostics.isEmpty && load.landscape?.schools.isEmpty == true)
    }

    @Test("the template folder holds the four headers, the columns and the instructions, and loads")
    func folder() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        for (name, text) in LandscapeTemplate.files() { try folder.write(name, text) }
        let load = LandscapeLoader.load(path: folder.path)
        #expect(load.diagnostics.isEmpty && load.landscape?.schools.isEmpty == true)
        #expect(try String(contentsOfFile: folder.path + "/schools.csv", encoding: .utf8).hasPrefix("urn,name,"))
    }
}
