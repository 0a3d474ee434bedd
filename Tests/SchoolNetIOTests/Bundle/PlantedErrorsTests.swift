import Foundation
import SchoolNetTestSupport
import Testing

@testable import SchoolNetIO

/// A bundle with a planted error of every kind the format names, each at a known line.
@Suite struct PlantedErrorsTests {
    static let folder = TestPaths.path("Tests/SchoolNetIOTests/Fixtures/bundles/planted-errors")

    /// (file, line, column, what the message must say), one per planted error.
    static let planted: [(String, Int, String?, String)] = [
        ("schools.csv", 4, "urn", "duplicate URN 100001 (first on line 2)"),
        ("schools.csv", 5, "phase", "unknown value 'primry'; allowed: primary, secondary"),
        ("schools.csv", 6, "disadvantage", "1.4 is outside 0..1"),
        ("schools.csv", 7, "attainment", "malformed number 'high'"),
        ("schools.csv", 8, nil, "row has 4 fields; the header has 12"),
        ("schools.csv", 9, "pupils", "malformed count '-3'"),
        ("schools.csv", 10, "latitude", "latitude without longitude: they go together"),
        ("schools.csv", 13, "name", "required value is empty"),
        ("schools.csv", 14, "designations", "unknown value 'nle'"),
        ("structures.csv", 3, "id", "duplicate structure id 'S1' (first on line 2)"),
        ("structures.csv", 4, "kind", "unknown value 'academy-chain'; allowed: mat, tsa"),
        ("structures.csv", 5, "formed", "impossible date '2019-13-01': no such day"),
        ("structures.csv", 6, "lead", "unknown URN 999999"),
        ("structures.csv", 7, "federation-type", "applies to federations only"),
        ("memberships.csv", 4, "structure", "unknown structure 'NOPE'"),
        ("memberships.csv", 5, "urn", "unknown URN 999999"),
        ("memberships.csv", 6, "role", "unknown value 'head'"),
        ("memberships.csv", 7, "left", "left 2019-09-01 is before joined 2020-09-01"),
        ("memberships.csv", 8, "structure", "already in MAT 'S1' at the same time (line 2)"),
        ("memberships.csv", 9, "urn", "URN 100004 is on a row of schools.csv with a problem (line 5)"),
        ("links.csv", 3, "target", "self-link"),
        ("links.csv", 4, "kind", "unknown value 'mentoring'"),
        ("links.csv", 5, "weight", "0 is not a positive number"),
        ("links.csv", 6, "start", "impossible date '2020-02-31': no such day"),
        ("links.csv", 7, "target", "unknown URN 123456"),
        ("links.csv", 8, "depth", "unknown value 'deep'"),
    ]

    @Test("strict loading reports every planted error at its file and line, and nothing else")
    func strict() {
        let load = LandscapeBundleReader().read(directory: Self.folder)
        #expect(load.landscape == nil)
        #expect(load.warnings.isEmpty)
        #expect(load.errors.count == Self.planted.count)
        for (diagnostic, expected) in zip(load.errors, Self.planted) {
            #expect(diagnostic.file == Self.folder + "/" + expected.0)
            #expect(diagnostic.line == expected.1)
            #expect(diagnostic.column == expected.2)
            #expect(diagnostic.message.contains(expected.3), "\(diagnostic)")
        }
    }

    @Test("the full diagnostics text matches its golden file")
    func golden() {
        let load = LandscapeBundleReader().read(directory: Self.folder)
        let text =
            load.diagnostics.map {
                $0.description.replacingOccurrences(of: Self.folder + "/", with: "")
            }.joined(separator: "\n") + "\n"
        let outcome = GoldenFile.compare(
            text, with: TestPaths.path("Tests/SchoolNetIOTests/Fixtures/goldens/planted-errors.txt"))
        #expect(outcome == .matches)
    }

    @Test(
        "lenient loading leaves out the rows that cannot stand, keeps the others with the bad cell unknown, and lists each"
    )
    func lenient() throws {
        let load = LandscapeBundleReader(mode: .lenient).read(directory: Self.folder)
        let landscape = try #require(load.landscape)
        #expect(load.errors.isEmpty)
        // Every planted problem but one is listed: the membership of school 100004 is fine once
        // that school's row is kept (only its phase was bad).
        #expect(load.warnings.count == Self.planted.count - 1)
        let skipped = load.warnings.filter { $0.message.hasSuffix("; row skipped") }
        let repaired = load.warnings.filter { $0.message.hasSuffix("; cell left unknown") }
        #expect(skipped.count + repaired.count == load.warnings.count)
        #expect(skipped.count == 11 && load.skippedRows == 11)
        #expect(repaired.count == 14 && load.unknownCells == 14)
        // Left out: a duplicate URN, a short row, a school with no name.
        #expect(
            landscape.schools.map(\.urn.rawValue) == [
                "100001", "100002", "100004", "100005", "100006", "100008", "100009", "100010", "100012",
            ])
        #expect(landscape.school("100010")?.name == "Iota\nPrimary")
        #expect(landscape.school("100002")?.name == "Beta, \"the\" School")
        #expect(landscape.school("100004")?.phase == nil && landscape.school("100004")?.ofsted == .good)
        #expect(landscape.school("100009")?.location == nil)
        // Left out: a duplicate id and an unknown kind; kept with the bad cell unknown: a bad
        // date, an unknown lead, a federation type on an alliance.
        #expect(landscape.structures.map(\.id) == ["C1", "F1", "M2", "S1", "S4", "S5", "S6"])
        #expect(landscape.structure("S4")?.period.start == nil)
        #expect(landscape.structure("S5")?.lead == nil)
        #expect(landscape.structure("S6")?.federationType == nil)
        #expect(landscape.memberships.count == 6)
        #expect(landscape.links.count == 4)
    }
}
