import Foundation
import SchoolNetIO
import SchoolNetModel
import SchoolNetTestSupport
import Testing

/// The schema is declared once; the reader, the writer and the JSON form follow it.
@Suite struct LandscapeSchemaTests {
    @Test("the writer's header is the schema's columns; the reader requires exactly the schema's required columns")
    func writerAndReader() throws {
        let landscape = Landscape(schools: [School(urn: "1", name: "A", pupils: 10)])
        let cells = LandscapeTableCells.all(landscape)
        #expect(cells.map(\.header) == LandscapeSchema.tables.map { $0.columns.map(\.name) })
        for table in LandscapeSchema.tables {
            let required = table.columns.filter(\.isRequired).map(\.name)
            let records = [CSVRecord(line: 1, fields: ["unrelated"])]
            let schools = [CSVRecord(line: 1, fields: ["urn", "name"]), CSVRecord(line: 2, fields: ["1", "A"])]
            let load = LandscapeBundleReader().read(
                tables: table.name == "schools" ? ["schools": records] : ["schools": schools, table.name: records],
                origin: "memory")
            let missing = load.errors.filter { $0.message.hasPrefix("missing required column") }
            #expect(
                missing.map { $0.message.split(separator: "'")[1] } == required.map { Substring($0) }, "\(table.name)")
        }
    }

    @Test("tables read from memory report problems as origin/table.csv:line, like files")
    func fromMemory() {
        let load = LandscapeBundleReader().read(
            tables: [
                "schools": [
                    CSVRecord(line: 1, fields: ["urn", "name", "pupils"]),
                    CSVRecord(line: 2, fields: ["1", "A", "many"]),
                ]
            ], origin: "memory")
        #expect(load.landscape == nil)
        #expect(
            load.errors.map(\.description) == [
                "memory/schools.csv:2: column 'pupils': malformed count 'many'; expected a whole number 0 or more"
            ])
    }

    @Test("JSON numbers are the schema's numeric columns; counts are integers")
    func jsonTypes() {
        let landscape = Landscape(schools: [School(urn: "1", name: "A", disadvantage: 0.25, pupils: 10)])
        let text = LandscapeJSON.encode(landscape)
        #expect(
            text.contains("\"pupils\": 10,") && text.contains("\"disadvantage\": 0.25,")
                && text.contains("\"urn\": \"1\""))
    }

    /// One of everything: every column of every table filled.
    static func complete() -> Landscape {
        let day = { (text: String) in CalendarDate(iso: text) }
        let period = ActivePeriod(start: day("2015-09-01"), end: day("2020-08-31"))
        return Landscape(
            schools: [
                School(
                    urn: "100001", name: " Spaced, \"quoted\" ", phase: .primary, governance: .academyConverter,
                    localAuthority: "Bradford", region: "Yorkshire", ofsted: .good, attainment: -0.25,
                    disadvantage: 0.125,
                    pupils: 420, location: Coordinate(latitude: 53.75, longitude: -1.5),
                    designations: [.teachingSchool, .nationalLeader], custom: CustomAttributes([("diocese", "Leeds")])),
                // A custom column blank on a row comes back as an empty cell, keeping the column.
                School(urn: "100002", name: "Other", custom: CustomAttributes([("diocese", "")])),
            ],
            structures: [
                Structure(
                    id: "F1", kind: .federation, name: "Federation", lead: "100001", period: period,
                    federationType: .hard,
                    custom: CustomAttributes([("note", "x")]))
            ],
            memberships: [
                Membership(
                    structureID: "F1", urn: "100001", role: .lead, period: period,
                    custom: CustomAttributes([("since", "y")]))
            ],
            links: [
                Link(
                    source: "100001", target: "100002", kind: .nleSupport, depth: .collaboration, driver: .incentivised,
                    weight: 2.5, period: period, custom: CustomAttributes([("funded", "yes")]))
            ])
    }

    @Test("every column of the schema is written and read back: a landscape with all of them filled round-trips")
    func everyColumnRoundTrips() throws {
        let landscape = Self.complete()
        let cells = LandscapeTableCells.all(landscape)
        for table in cells {
            let standard = table.description.columns.count
            #expect(
                table.rows[0].prefix(standard).allSatisfy { $0 != .unknown },
                "\(table.description.name): a column left unfilled")
        }
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("schema-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try LandscapeBundleWriter.write(landscape, to: folder)
        let load = LandscapeBundleReader().read(directory: folder)
        #expect(load.diagnostics.isEmpty, "\(load.diagnostics)")
        let back = try #require(load.landscape)
        #expect(back.schools == landscape.schools && back.structures == landscape.structures)
        #expect(back.memberships == landscape.memberships && back.links == landscape.links)
        let json = LandscapeJSON.read(path: try Self.write(LandscapeJSON.encode(landscape), in: folder))
        #expect(json.landscape?.schools == landscape.schools && json.landscape?.links == landscape.links)
    }

    static func write(_ text: String, in folder: String) throws -> String {
        let path = folder + "/landscape.json"
        try AtomicFile.write(text, to: path)
        return path
    }

    @Test("a JSON row that is not an object, or a cell that is a list, is refused, not skipped")
    func jsonShape() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("json-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let notObject =
            #"{"format": "schoolnet-landscape", "schools": {"columns": ["urn", "name"], "rows": [{"urn": "1", "name": "A"}, 7]}}"#
        let list =
            #"{"format": "schoolnet-landscape", "schools": {"columns": ["urn", "name"], "rows": [{"urn": "1", "name": ["A"]}]}}"#
        let first = LandscapeJSON.read(path: try Self.write(notObject, in: folder))
        #expect(first.landscape == nil && first.errors.count == 1)
        let second = LandscapeJSON.read(path: try Self.write(list, in: folder))
        #expect(second.landscape == nil)
        #expect(second.errors.first?.message == "schools row 1: column 'name': a list or object where a value belongs")
    }

    @Test("the format article names every column of the schema and every allowed spelling, in its file's row")
    func articleFollowsSchema() throws {
        let article = try String(
            contentsOfFile: TestPaths.path("Sources/SchoolNetIO/SchoolNetIO.docc/LandscapeFormat.md"), encoding: .utf8)
        for table in LandscapeSchema.tables {
            let row = try #require(article.split(separator: "\n").first { $0.hasPrefix("| `\(table.fileName)` |") })
            for column in table.columns {
                let name = column.isRequired ? "**\(column.name)**" : column.name
                #expect(row.contains(name), "\(table.fileName): \(name)")
                switch column.type {
                case .choice(let allowed), .choices(let allowed):
                    for value in allowed {
                        #expect(row.contains(value), "\(table.fileName): \(column.name) = \(value)")
                    }
                default: break
                }
            }
        }
    }
}
