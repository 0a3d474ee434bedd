import Foundation
import SchoolNetIO
import SchoolNetModel
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
}
