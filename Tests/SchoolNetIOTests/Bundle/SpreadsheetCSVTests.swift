import Foundation
import SchoolNetModel
import SchoolNetTestSupport
import Testing

@testable import SchoolNetIO

/// Bundles as spreadsheets save them: other separators, day-first dates, empty rows and
/// trailing empty columns, percentages, decimal commas; and lenient loading that loses a cell,
/// not a row.
@Suite struct SpreadsheetCSVTests {
    /// A bundle as a spreadsheet in a semicolon locale saves it: `;`, CRLF, day-first dates,
    /// a percentage, decimal commas, a wholly empty row and two trailing empty columns.
    static func semicolonBundle(_ folder: TemporaryFolder) throws {
        try folder.write(
            "schools.csv",
            "urn;name;phase;la;ofsted;disadvantage;latitude;longitude;;\r\n"
                + "100001;Alpha Academy;secondary;Northshire;good;32%;51,5;-0,12;;\r\n"
                + ";;;;;;;;;\r\n"
                + "100002;\"Beta; Primary\";primary;Northshire;;0,25;;;;\r\n")
        try folder.write("structures.csv", "id;kind;name;formed\r\nM1;mat;North Trust;01/09/2019\r\n")
        try folder.write(
            "memberships.csv", "structure;urn;role;joined\r\nM1;100001;lead;1/9/19\r\nM1;100002;member;01-09-2020\r\n")
    }

    @Test("a semicolon bundle with day-first dates, percentages, decimal commas and empty rows loads every row")
    func semicolonLocale() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try Self.semicolonBundle(folder)
        let load = LandscapeBundleReader().read(directory: folder.path)
        #expect(load.errors.isEmpty, "\(load.errors)")
        #expect(load.warnings.filter { $0.message.contains("separated by semicolons") }.count == 3)
        // Dates that could be read either way are read day first, and each file says so once.
        let ambiguous = load.warnings.filter { $0.message.contains("could also be read month first") }
        #expect(
            ambiguous.map(\.message) == [
                "1 date could also be read month first; read day first, as British spreadsheets write them: '01/09/2019' is 2019-09-01",
                "2 dates could also be read month first; read day first, as British spreadsheets write them: '1/9/19' is 2019-09-01",
            ])
        #expect(load.warnings.count == 5)
        let landscape = try #require(load.landscape)
        #expect(landscape.schools.count == 2 && landscape.memberships.count == 2)
        let alpha = try #require(landscape.school("100001"))
        #expect(alpha.disadvantage == 0.32)
        #expect(alpha.location?.latitude == 51.5 && alpha.location?.longitude == -0.12)
        #expect(landscape.school("100002")?.name == "Beta; Primary")
        #expect(landscape.school("100002")?.disadvantage == 0.25)
        #expect(landscape.structure("M1")?.period.start == CalendarDate(year: 2019, month: 9, day: 1))
        #expect(
            landscape.memberships.map(\.period.start) == [
                CalendarDate(year: 2019, month: 9, day: 1), CalendarDate(year: 2020, month: 9, day: 1),
            ])
        // Custom columns did not appear from the empty trailing cells.
        #expect(alpha.custom.entries.isEmpty)
    }

    @Test("tab-separated text is read and said to be; a comma file keeps commas as thousands errors")
    func tabs() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try folder.write("schools.csv", "urn\tname\tpupils\n1\tA, the school\t300\n")
        let load = LandscapeBundleReader().read(directory: folder.path)
        #expect(load.warnings.first?.message.contains("separated by tabs") == true)
        #expect(try #require(load.landscape).school("1")?.name == "A, the school")

        try folder.write("schools.csv", "urn,name,disadvantage\n1,A,\"0,25\"\n")
        let comma = LandscapeBundleReader().read(directory: folder.path)
        #expect(comma.errors.map(\.message) == ["malformed number '0,25'"])
        #expect(comma.errors.map(\.column) == ["disadvantage"])
    }

    @Test("impossible and malformed dates are errors that say how dates are read")
    func badDates() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try folder.write("schools.csv", "urn,name\n1,A\n")
        try folder.write(
            "structures.csv", "id,kind,formed,dissolved\nS1,mat,31/02/2020,\nS2,mat,09/13/2019,\nS3,mat,soon,\n")
        let load = LandscapeBundleReader().read(directory: folder.path)
        #expect(
            load.errors.map(\.message) == [
                "impossible date '31/02/2020': no such day (dates are read as YYYY-MM-DD, or day first as DD/MM/YYYY)",
                "impossible date '09/13/2019': no such day (dates are read as YYYY-MM-DD, or day first as DD/MM/YYYY)",
                "malformed date 'soon'; expected YYYY-MM-DD or DD/MM/YYYY",
            ])
    }

    @Test("dates as people write them")
    func readingDates() {
        func day(_ y: Int, _ m: Int, _ d: Int) -> CalendarDate { CalendarDate(year: y, month: m, day: d)! }
        #expect(CalendarDate.reading("2019-09-01") == .iso(day(2019, 9, 1)))
        #expect(CalendarDate.reading("01/09/2019") == .dayFirst(day(2019, 9, 1)))
        #expect(CalendarDate.reading("1/9/2019") == .dayFirst(day(2019, 9, 1)))
        #expect(CalendarDate.reading("01-09-2019") == .dayFirst(day(2019, 9, 1)))
        #expect(CalendarDate.reading("01.09.2019") == .dayFirst(day(2019, 9, 1)))
        #expect(CalendarDate.reading("1/9/19") == .dayFirst(day(2019, 9, 1)))
        #expect(CalendarDate.reading("1/9/75") == .dayFirst(day(1975, 9, 1)))
        #expect(CalendarDate.reading("01/09/2025 00:00") == .dayFirst(day(2025, 9, 1)))
        #expect(CalendarDate.reading("2019/9/1") == .iso(day(2019, 9, 1)))
        #expect(CalendarDate.reading("29/02/2021") == .impossible)
        #expect(CalendarDate.reading("29/02/2020") == .dayFirst(day(2020, 2, 29)))
        #expect(CalendarDate.reading("1/9/019") == .malformed)
        #expect(CalendarDate.reading("Sept 2019") == .malformed)
        #expect(CalendarDate.reading("") == .malformed)
    }

    @Test("leniently, one bad optional cell loses that cell only; a row that cannot stand is left out")
    func lenientCells() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try folder.write(
            "schools.csv",
            "urn,name,ofsted,disadvantage,latitude,longitude\n"
                + "1,A,good,32x,51.5,\n"  // a bad share and a latitude alone
                + "2,B,grand,0.2,51.4,-0.1\n"  // a bad grade
                + "3,,good,0.1,,\n"  // no name: cannot stand
                + "4,D,,,,\n")
        try folder.write("structures.csv", "id,kind,lead,formed,dissolved\nM1,mat,99,2020-01-01,2019-01-01\n")
        try folder.write(
            "memberships.csv", "structure,urn,role\nM1,1,boss\nM1,2,member\nM1,3,member\nM1,4,member\n")
        let strict = LandscapeBundleReader().read(directory: folder.path)
        #expect(strict.landscape == nil)

        let load = LandscapeBundleReader(mode: .lenient).read(directory: folder.path)
        let landscape = try #require(load.landscape)
        #expect(landscape.schools.map(\.urn) == ["1", "2", "4"])
        let a = try #require(landscape.school("1"))
        #expect(a.ofsted == .good && a.disadvantage == nil && a.location == nil)
        #expect(landscape.school("2")?.ofsted == nil && landscape.school("2")?.disadvantage == 0.2)
        #expect(landscape.school("2")?.location != nil)
        let trust = try #require(landscape.structure("M1"))
        #expect(trust.lead == nil && trust.period.end == nil && trust.period.start != nil)
        // Three memberships kept (school 3 was left out), the bad role left unknown (member).
        #expect(landscape.memberships.map(\.urn) == ["1", "2", "4"])
        #expect(landscape.memberships[0].role == .member)
        #expect(load.skippedRows == 2)  // school 3 and its membership
        #expect(load.unknownCells == 6)
        #expect(load.leniencyNote?.contains("2 rows left out and 6 cells left unknown") == true)
        #expect(load.warnings.contains { $0.line == 2 && $0.message.hasSuffix("cell left unknown") })
        #expect(load.warnings.contains { $0.line == 4 && $0.message.hasSuffix("row skipped") })
    }
}
