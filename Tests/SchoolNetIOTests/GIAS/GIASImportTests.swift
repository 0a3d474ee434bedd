import Foundation
import SchoolNetModel
import SchoolNetTestSupport
import Testing

@testable import SchoolNetIO

/// `import-gias` on the real extracts and samples in Examples/gias (Open Government Licence) and
/// on damaged files: every row accounted for, every skip and repair located.
@Suite struct GIASImportTests {
    static let gias = TestPaths.path("Examples/gias")
    static let trusts = gias + "/mat_and_academies_group_data_2025-09.csv"
    static let lineage = gias + "/links_edubasealldata20250422.csv"
    static let samples = [
        "edubasealldata_sample_8_rows_2024.csv", "edubasealldata_sample_excel_resaved_2024.csv",
        "alllinksdata_sample_3_trusts.csv", "allgroupsdata_sample_3_federations.csv",
    ].map { gias + "/samples/" + $0 }
    static let damaged = TestPaths.path("Tests/SchoolNetIOTests/Fixtures/gias")

    static func reference() throws -> [String: Any] {
        let data = try Data(
            contentsOf: URL(
                fileURLWithPath: TestPaths.path("Tests/SchoolNetIOTests/Reference/Data/gias-mat-size-bands.json")))
        return try JSONSerialization.jsonObject(with: data) as! [String: Any]
    }

    @Test("the national trust file: MAT size bands equal an independent count; SATs kept apart")
    func nationalTrusts() throws {
        let result = GIASImporter.run(paths: [Self.trusts])
        #expect(!result.hasErrors)
        let reference = try Self.reference()
        let summary = LandscapeSummary(result.landscape)
        let bands = Dictionary(uniqueKeysWithValues: summary.trustSizeBands.map { ($0.key.range, $0.value) })
        let expected = (reference["mat_size_bands"] as! [String: NSNumber]).mapValues(\.intValue)
        #expect(bands == expected)
        #expect(
            result.landscape.structures.filter { $0.kind == .mat }.count == (reference["mats"] as! NSNumber).intValue)
        let sats = result.landscape.structures.filter { $0.custom["group-type"] == "single-academy-trust" }
        #expect(sats.count == (reference["single_academy_trusts"] as! NSNumber).intValue)
        #expect(sats.allSatisfy { $0.kind == .other })
        let account = try #require(result.accounts.first)
        let rows = (reference["rows"] as! [String: NSNumber])["mat_and_academies_group_data_2025-09.csv"]!.intValue
        #expect(account.rows == rows && account.imported + account.skipped == rows)
        // Leading zeros of Companies House numbers survive; dd/mm/yyyy dates are read.
        let dimensions = try #require(result.landscape.structures.first { $0.name == "5 DIMENSIONS TRUST" })
        #expect(dimensions.custom["companies-house"] == "07595434")
        #expect(dimensions.period.start == CalendarDate(iso: "2011-04-07"))
    }

    @Test("the national establishment links: Windows-1252 with CRLF, every row kept as lineage")
    func establishmentLinks() throws {
        let result = GIASImporter.run(paths: [Self.lineage])
        #expect(!result.hasErrors)
        #expect(result.diagnostics.contains { $0.severity == .warning && $0.message.contains("Windows-1252") })
        let rows = ((try Self.reference())["rows"] as! [String: NSNumber])["links_edubasealldata20250422.csv"]!.intValue
        #expect(result.lineage.count == rows)
        #expect(result.accounts.first.map { $0.rows == rows && $0.imported == rows } == true)
        #expect(result.lineage.contains { $0.linkName.contains("à") || $0.linkName.contains("é") })
        #expect(
            result.lineage.first.map {
                $0.urn == "100006" && $0.linkURN == "134643" && $0.date == CalendarDate(iso: "2022-01-01")
            } == true)
    }

    @Test("the samples, the spreadsheet-damaged one included, import in any order to the same landscape")
    func samples() throws {
        let forward = GIASImporter.run(paths: Self.samples)
        let backward = GIASImporter.run(paths: Self.samples.reversed())
        #expect(!forward.hasErrors)
        for account in forward.accounts { #expect(account.rows == account.imported + account.skipped, "\(account)") }
        #expect(
            LandscapeTableCells.all(forward.landscape).map(\.rows)
                == LandscapeTableCells.all(backward.landscape).map(\.rows))
        let landscape = forward.landscape
        // Excel round trip: dd/mm/yyyy and a trailing zero lost from 18.10 still read.
        let aldgate = try #require(landscape.school("100000"))
        #expect(aldgate.disadvantage == 0.181)
        #expect(aldgate.ofsted == .outstanding)
        #expect(aldgate.localAuthority == "City of London" && aldgate.region == "London")
        // A federation from allgroupsdata, closed on its date; a trust school from edubasealldata.
        let egerton = try #require(landscape.structure("1000"))
        #expect(egerton.kind == .federation && egerton.period.end == CalendarDate(iso: "2010-08-31"))
        #expect(landscape.members(of: "1579").contains("124087"))
        // Group Type (code) "6" and a Companies House number without its leading zero.
        let dixons = try #require(landscape.structure("2939"))
        #expect(dixons.kind == .mat && dixons.custom["companies-house"] == "02303464")
        #expect(
            forward.diagnostics.contains {
                $0.line == 3 && $0.file.hasSuffix("alllinksdata_sample_3_trusts.csv") && $0.message.contains("02303464")
            })
        // The overseas school: "Does not apply" is unknown, not a local authority.
        #expect(landscape.school("150516")?.localAuthority == nil)
        // The excel file repeats two schools of the 8-row file: skipped, each located.
        let excel = try #require(forward.accounts.first { $0.file.hasSuffix("excel_resaved_2024.csv") })
        #expect(excel.rows == 41 && excel.skipped == 2)
    }

    @Test("locations: the National Grid to WGS84 agrees with pyproj within 5 m; OSGB36 with the OS example")
    func grid() throws {
        let data = try Data(
            contentsOf: URL(
                fileURLWithPath: TestPaths.path("Tests/SchoolNetIOTests/Reference/Data/grid-reference.json")))
        let reference = try JSONSerialization.jsonObject(with: data) as! [String: Any]
        let example = reference["os_example"] as! [String: NSNumber]
        let (phi, lambda) = BritishNationalGrid.osgb36(
            easting: example["easting"]!.doubleValue, northing: example["northing"]!.doubleValue)
        #expect(abs(phi * 180 / .pi - example["osgb36_latitude"]!.doubleValue) < 1e-7)
        #expect(abs(lambda * 180 / .pi - example["osgb36_longitude"]!.doubleValue) < 1e-7)
        let points = reference["points"] as! [[String: Any]]
        #expect(points.count >= 40)
        for point in points {
            let p = BritishNationalGrid.wgs84(
                easting: (point["easting"] as! NSNumber).doubleValue,
                northing: (point["northing"] as! NSNumber).doubleValue)
            let dLat = (p.latitude - (point["latitude"] as! NSNumber).doubleValue) * 111_000
            let dLon =
                (p.longitude - (point["longitude"] as! NSNumber).doubleValue) * 111_000 * cos(p.latitude * .pi / 180)
            #expect((dLat * dLat + dLon * dLon).squareRoot() < 5, "\(point["urn"]!)")
        }
        let imported = GIASImporter.run(paths: [Self.samples[0]]).landscape
        #expect(imported.school("100000")?.location.map { abs($0.latitude - 51.513969) < 1e-5 } == true)
    }

    @Test("damaged files: every skipped and repaired row located; shared names and reused ids reported")
    func damaged() throws {
        let result = GIASImporter.run(paths: [
            Self.damaged + "/damaged-links.csv", Self.damaged + "/damaged-groups.csv",
        ])
        #expect(!result.hasErrors)
        let groups = try #require(result.accounts.first { $0.file.hasSuffix("damaged-groups.csv") })
        let links = try #require(result.accounts.first { $0.file.hasSuffix("damaged-links.csv") })
        #expect((groups.rows, groups.imported, groups.skipped, groups.repaired) == (6, 4, 2, 3))
        #expect((links.rows, links.imported, links.skipped, links.repaired) == (7, 5, 2, 2))
        let lines = Set(result.diagnostics.filter { $0.file.hasSuffix("damaged-groups.csv") }.compactMap(\.line))
        #expect(lines.isSuperset(of: [2, 3, 4, 5, 6]))
        #expect(
            result.diagnostics.contains {
                $0.message.contains("'31/02/2020' is not a date") && $0.message.contains("Open date")
            })
        #expect(result.diagnostics.contains { $0.message.contains("share the name 'Northfield Learning Trust'") })
        #expect(result.diagnostics.contains { $0.message.contains("Group ID TR09001 is used by groups 5001, 5002") })
        let landscape = result.landscape
        #expect(landscape.structure("5001")?.custom["companies-house"] == "00123456")
        #expect(landscape.structure("5004")?.custom["group-type"] == "single-academy-trust")  // code "5"
        #expect(landscape.structure("5002")?.name == "Southfield Federation")
        // Joined 1/9/2017, as a spreadsheet writes it.
        #expect(
            landscape.memberships.contains { $0.urn == "140002" && $0.period.start == CalendarDate(iso: "2017-09-01") })
        #expect(landscape.school("140005")?.phase == .special)
    }

    @Test("an unrecognised or unreadable file is an error naming it; with --la only that authority is kept")
    func errorsAndRestriction() throws {
        let bad = GIASImporter.run(paths: [Self.damaged + "/not-gias.csv", Self.damaged + "/missing.csv"])
        #expect(bad.hasErrors)
        #expect(
            bad.diagnostics.contains {
                $0.severity == .error && $0.line == 1 && $0.message.contains("header not recognised")
            })
        #expect(bad.diagnostics.contains { $0.severity == .error && $0.file.hasSuffix("missing.csv") })
        let bradford = GIASImporter.run(paths: [Self.trusts], localAuthorities: ["bradford"])
        #expect(bradford.landscape.schools.count == 152)
        #expect(bradford.landscape.schools.allSatisfy { $0.localAuthority == "Bradford" })
        #expect(bradford.restriction?.contains("kept 152 of 11759 schools") == true)
    }

    @Test(
        "a whole authority, the national groups re-written by pandas and the hubs list: every row accounted for, coordinates, Ofsted, trusts and hub leads as an independent count finds them"
    )
    func surrey() throws {
        let files = [
            "establishments_surrey_2021-04.csv", "allgroupsdata_2022-07-18.csv", "alllinksdata_2022-07-18.csv",
            "appropriate_bodies_2024-10-16.csv",
        ].map { Self.gias + "/" + $0 }
        let data = try Data(
            contentsOf: URL(fileURLWithPath: TestPaths.path("Tests/SchoolNetIOTests/Reference/Data/gias-surrey.json")))
        let reference = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        func int(_ key: String) -> Int { (reference[key] as? NSNumber)?.intValue ?? -1 }
        let rows = try #require(reference["rows"] as? [String: Int])

        let result = GIASImporter.run(paths: files, localAuthorities: ["Surrey"])
        #expect(!result.hasErrors, "\(result.diagnostics.filter { $0.severity == .error })")
        for account in result.accounts { #expect(account.rows == account.imported + account.skipped, "\(account)") }
        #expect(
            result.accounts.map(\.rows) == [rows["establishments"], rows["groups"], rows["links"], rows["hubs"]])
        #expect(result.accounts.map(\.extract) == [.establishments, .groups, .groupLinks, .hubs])
        // Children's centres and the other establishments that are not schools are left out, each
        // counted as skipped.
        #expect(result.accounts[0].skipped == int("not_schools"))
        let landscape = result.landscape
        #expect(landscape.schools.count == int("schools") + int("schools_from_links"))
        let fromFile = landscape.schools.filter { $0.custom["status"] != nil && $0.custom["status"] != "" }
        #expect(fromFile.count == int("schools"))
        #expect(fromFile.filter { $0.ofsted != nil }.count == int("with_ofsted"))
        #expect(fromFile.filter { $0.location != nil }.count == int("with_position"))
        #expect(landscape.structures.filter { $0.kind == .mat }.count == int("mats"))
        #expect(landscape.structures.filter { $0.kind == .federation }.count == int("federations"))
        #expect(
            landscape.structures.filter { $0.kind == .hub }.compactMap(\.lead?.rawValue).sorted()
                == reference["hub_leads"] as? [String])
        // Every trust keeps its national size although only its Surrey schools are kept.
        #expect(landscape.structures.filter { $0.kind == .mat }.allSatisfy { $0.custom["academies"] != nil })
        // pandas' control characters are read as the apostrophes they were, and said so.
        #expect(result.diagnostics.contains { $0.message.contains("held a control character") })
        #expect(
            !landscape.structures.contains {
                ($0.name ?? "").unicodeScalars.contains { (0x80...0x9F).contains($0.value) }
            })
        // The hubs list's other rows and unmatched hubs are accounted for, each with why.
        #expect(result.diagnostics.contains { $0.message.contains("is not a teaching school hub") })

        let kept = GIASImporter.run(paths: [files[0]], keepNonSchools: true)
        #expect(kept.accounts[0].imported == rows["establishments"])
    }

    @Test(
        "a school that converted counts once, under its new URN; a sponsor that is a trust of the same name is that trust"
    )
    func supersededAndSponsorTwins() throws {
        let files = [
            "establishments_surrey_2021-04.csv", "allgroupsdata_2022-07-18.csv", "alllinksdata_2022-07-18.csv",
            "links_edubasealldata20250422.csv",
        ].map { Self.gias + "/" + $0 }
        let result = GIASImporter.run(paths: files, localAuthorities: ["Surrey"])
        let landscape = result.landscape
        // Shawley Community Primary School (125005) became an academy, 148882, in December 2021.
        #expect(landscape.school("125005") == nil && landscape.school("148882") != nil)
        #expect(
            result.diagnostics.contains {
                $0.message.contains("with a successor (converted, merged or amalgamated) left out")
            })
        #expect(result.lineage.contains { $0.urn == "125005" && $0.linkURN == "148882" })
        // No sponsor group shares a trust's name; the trust names its sponsor group instead.
        let trusts = Set(landscape.structures.filter { $0.kind == .mat }.compactMap { $0.name?.lowercased() })
        let sponsors = landscape.structures.filter { $0.custom["group-type"] == "school-sponsor" }
        #expect(!sponsors.contains { trusts.contains(($0.name ?? "").lowercased()) })
        #expect(landscape.structures.contains { $0.kind == .mat && !($0.custom["sponsor-group"] ?? "").isEmpty })
        // pandas' decimal Companies House numbers: one note per file, not a repair per row.
        #expect(result.diagnostics.filter { $0.message.contains("written as decimals") }.count == 2)
        #expect(!result.diagnostics.contains { $0.message.contains("was written as a decimal number") })
    }
}
