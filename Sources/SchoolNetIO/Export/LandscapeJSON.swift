import Foundation
import SchoolNetModel

/// The whole landscape as one JSON document, lossless: each table (`schools`, `structures`,
/// `memberships`, `links`) is `{"columns": [...], "rows": [{column: value}]}` with the bundle's
/// columns, custom ones included, in order; numbers as JSON numbers in their shortest exact form,
/// unknowns as null; `version` is the format's, `schoolnet_version` the release that wrote it. Reading it back goes through the bundle reader's checks, from memory, so a
/// JSON landscape is checked exactly as a folder is and comes back identical.
public enum LandscapeJSON {
    public static func encode(_ landscape: Landscape) -> String {
        var document: [String: JSONValue] = [
            "format": .string("schoolnet-landscape"), "version": .integer(1),
            "schoolnet_version": .string(Release.version),
        ]
        for table in LandscapeTableCells.all(landscape) {
            let rows = table.rows.map { row in
                JSONValue.object(
                    Dictionary(
                        uniqueKeysWithValues: zip(table.header, row).map { column, value in
                            (column, json(value))
                        }))
            }
            document[table.description.name] = .object([
                "columns": .array(table.header.map(JSONValue.string)), "rows": .array(rows),
            ])
        }
        return JSONValue.object(document).text
    }

    /// A cell as JSON: numbers as numbers, a blank as null, anything else as the text the
    /// bundle holds (a list as its items joined by `;`).
    static func json(_ value: ResultValue) -> JSONValue {
        switch value {
        case .number, .count: return ResultJSON.value(value)
        default:
            let text = ResultCSV.cell(value)
            return text.isEmpty ? .null : .string(text)
        }
    }

    /// Reads a JSON landscape; problems are reported against the JSON file as
    /// `file: table row N: message`.
    public static func read(path: String, mode: LoadMode = .strict) -> LandscapeLoad {
        func failure(_ message: String) -> LandscapeLoad {
            LandscapeLoad(landscape: nil, diagnostics: [Diagnostic(.error, file: path, message: message)])
        }
        let data: Data
        switch InputFile.read(path) {
        case .success(let bytes): data = Data(bytes)
        case .failure(let problem): return failure(problem.description)
        }
        guard let document = (try? JSONDecoder().decode(JSONValue.self, from: data))?.objectMembers else {
            return failure("not a JSON object")
        }
        guard document["format"]?.stringValue == "schoolnet-landscape" else {
            return failure("not a schoolnet landscape (\"format\": \"schoolnet-landscape\" missing)")
        }
        var tables: [String: [CSVRecord]] = [:]
        for table in LandscapeSchema.tables {
            guard let object = document[table.name] else { continue }
            let columnItems = object.objectMembers?["columns"]?.arrayItems
            let rowItems = object.objectMembers?["rows"]?.arrayItems
            let columns = columnItems?.compactMap(\.stringValue) ?? []
            let rows = rowItems?.compactMap(\.objectMembers) ?? []
            guard let columnItems, let rowItems, columns.count == columnItems.count, rows.count == rowItems.count else {
                return failure("\(table.name): needs \"columns\" (a list of names) and \"rows\" (a list of objects)")
            }
            for (n, row) in rows.enumerated() {
                for (column, value) in row.sorted(by: { $0.key < $1.key }) {
                    switch value {
                    case .array, .object:
                        return failure(
                            "\(table.name) row \(n + 1): column '\(column)': a list or object where a value belongs")
                    default: continue
                    }
                }
            }
            tables[table.name] =
                [CSVRecord(line: 1, fields: columns)]
                + rows.enumerated().map { n, row in
                    CSVRecord(line: n + 2, fields: columns.map { cell(row[$0]) })
                }
        }
        let origin = "json"
        let load = LandscapeBundleReader(mode: mode).read(tables: tables, origin: origin)
        let renamed = load.diagnostics.map { diagnostic -> Diagnostic in
            var moved = diagnostic
            let table = (diagnostic.file as NSString).lastPathComponent.replacingOccurrences(of: ".csv", with: "")
            moved.file = path
            let place =
                switch diagnostic.line {
                case nil: "\(table): "
                case 1?: "\(table) columns: "
                case let line?: "\(table) row \(line - 1): "
                }
            moved.message = place + diagnostic.message
            moved.line = nil
            return moved
        }
        return LandscapeLoad(
            landscape: load.landscape, diagnostics: renamed, skippedRows: load.skippedRows,
            unknownCells: load.unknownCells)
    }

    /// A JSON value as the bundle cell it stands for.
    static func cell(_ value: JSONValue?) -> String {
        switch value {
        case nil, .null?: ""
        case .string(let text)?: text
        case .bool(let flag)?: flag ? "true" : "false"
        case .integer(let number)?: String(number)
        case .number(let number)?: NumberFormat.exact(number)
        case .array?, .object?: ""  // refused before cells are read
        }
    }
}
