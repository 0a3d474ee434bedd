import Foundation
import SchoolNetModel
import SchoolNetTestSupport
import Testing

@testable import SchoolNetIO

/// Workbooks written by openpyxl (`Fixtures/workbooks/make_workbooks.py`): the demo landscape
/// as a spreadsheet user keeps it, and the same with planted problems.
@Suite struct LandscapeWorkbookTests {
    static let folder = TestPaths.path("Tests/SchoolNetIOTests/Fixtures/workbooks")

    @Test("a workbook loads to exactly the landscape of the CSV bundle it was made from")
    func sameAsBundle() throws {
        let book = LandscapeLoader.load(path: Self.folder + "/demo.xlsx")
        #expect(book.diagnostics.isEmpty, "\(book.diagnostics)")
        let bundle = LandscapeLoader.load(path: TestPaths.example("demo-landscape"))
        let fromBook = try #require(book.landscape)
        let fromBundle = try #require(bundle.landscape)
        #expect(fromBook.schools.count == 150)
        #expect(LandscapeJSON.encode(fromBook) == LandscapeJSON.encode(fromBundle))
    }

    @Test("every problem is placed at its sheet and cell")
    func cells() throws {
        let load = LandscapeLoader.load(path: Self.folder + "/bad-cell.xlsx")
        #expect(load.landscape == nil)
        let text = load.diagnostics.map(\.description)
        let path = Self.folder + "/bad-cell.xlsx"
        #expect(
            text.contains(
                "\(path): schools!G5: column 'ofsted': unknown value 'grand'; allowed: outstanding, good, requires-improvement, inadequate, none"
            ))
        #expect(text.contains("\(path): schools!I7: column 'disadvantage': 1.4 is outside 0..1 (a fraction)"))
        #expect(text.contains("\(path): memberships!B3: column 'urn': unknown URN 999999: not in sheet 'schools'"))
        #expect(text.contains { $0.contains("on a row of sheet 'schools' with a problem (row 7)") })

        let lenient = LandscapeLoader.load(path: path, mode: .lenient)
        let landscape = try #require(lenient.landscape)
        // The two bad cells are left unknown and their schools kept; the membership of an
        // unknown school cannot stand.
        #expect(landscape.schools.count == 150)
        #expect(lenient.unknownCells == 2 && lenient.skippedRows == 1)
        #expect(lenient.warnings.contains { $0.cell == "schools!G5" && $0.message.hasSuffix("cell left unknown") })
    }

    @Test("the sheets, cells and day numbers as written: shared and inline strings, numbers, column letters")
    func reading() throws {
        let sheets = try WorkbookReader.read(path: Self.folder + "/demo.xlsx")
        #expect(sheets.map(\.name) == ["schools", "structures", "memberships", "links"])
        #expect(sheets[0].rows[0].cells.prefix(3) == ["urn", "name", "phase"])
        #expect(sheets[0].rows[1].number == 2 && sheets[0].rows[1].cells[0] == "140044")
        #expect(WorkbookReader.columnLetters(0) == "A" && WorkbookReader.columnLetters(25) == "Z")
        #expect(WorkbookReader.columnLetters(26) == "AA" && WorkbookReader.columnLetters(701) == "ZZ")
        #expect(WorkbookReader.columnIndex("AB12") == 27)
        #expect(CalendarDate(spreadsheetDay: 43709) == CalendarDate(year: 2019, month: 9, day: 1))
        #expect(CalendarDate(spreadsheetDay: 61) == CalendarDate(year: 1900, month: 3, day: 1))
        #expect(CalendarDate(spreadsheetDay: 2) == nil)
        #expect(throws: WorkbookReader.Failure.self) {
            try WorkbookReader.read(path: TestPaths.example("demo-landscape") + "/schools.csv")
        }
    }

    @Test(
        "damaged workbooks are clear errors: a broken ZIP directory (a trap once), a wrong size, data that end early (a hang once), a cell past column XFD (memory without bound)"
    )
    func damaged() throws {
        let directory = LandscapeLoader.load(path: Self.folder + "/fuzz-damaged-directory.xlsx")
        #expect(directory.landscape == nil)
        #expect(directory.errors.first?.message.hasPrefix("not an .xlsx workbook") == true)
        // Found by fuzzing: a sheet whose bytes the fuzzer changed, once read past its damage.
        let broken = LandscapeLoader.load(path: Self.folder + "/fuzz-huge-column.xlsx")
        #expect(broken.landscape == nil)
        #expect(
            broken.errors.first?.message
                == "the workbook's xl/worksheets/sheet1.xml cannot be read: it is damaged (it unpacks to more than the 98906 bytes its directory says)"
        )
        // Found by fuzzing: a sheet whose compressed data end early, which ZIPFoundation's
        // reader followed past the end of the file for ever.
        let early = LandscapeLoader.load(path: Self.folder + "/fuzz-compressed-data-end-early.xlsx")
        #expect(early.landscape == nil)
        #expect(early.errors.first?.message.contains("it is damaged") == true)
        // Found by fuzzing under AddressSanitizer: damaged deflate data read past the end of a
        // short chunk (ZIPFoundation told zlib every chunk was full).
        let short = LandscapeLoader.load(path: Self.folder + "/fuzz-short-chunk.xlsx")
        #expect(short.landscape == nil)
        #expect(short.errors.first?.message.contains("it is damaged") == true)
        // A well-formed sheet with a cell one column past XFD.
        let folder = try TemporaryFolder()
        let path = folder.path + "/wide.xlsx"
        let wide = [[String]](repeating: [], count: 1) + [Array(repeating: "x", count: 16_385)]
        let bytes = try WorkbookWriter.bytes([.init(name: "schools", rows: wide)])
        #expect(FileManager.default.createFile(atPath: path, contents: Data(bytes)))
        #expect(throws: WorkbookReader.Failure.beyondLastColumn("XFE2")) { try WorkbookReader.read(path: path) }
        #expect(WorkbookReader.columnIndex("ZZZZZZZZZZZZZZ1") == Int.max)
    }
}
