import Foundation
import SchoolNetModel

/// The whole landscape as one JSON document, lossless: each table (`schools`, `structures`,
/// `memberships`, `links`) is `{"columns": [...], "rows": [{column: value}]}` with the bundle's
/// columns, custom ones included, in order; numbers as JSON numbers in their shortest exact form,
/// unknowns as null. Reading it back goes through the bundle reader, so a JSON landscape is
/// checked exactly as a folder is and comes back identical.
public enum LandscapeJSON {
    static let numeric: Set<String> = ["attainment", "disadvantage", "pupils", "latitude", "longitude", "weight"]

    public static func encode(_ landscape: Landscape) throws -> String {
        let tables = LandscapeBundleWriter.tables(landscape)
        var document: [String: Any] = ["format": "schoolnet-landscape", "version": 1]
        for table in tables {
            let rows: [[String: Any]] = table.rows.map { row in
                var object: [String: Any] = [:]
                for (column, cell) in zip(table.header, row) {
                    if cell.isEmpty { object[column] = Optional<String>.none as Any } else if numeric.contains(column), let number = Double(cell) {
                        object[column] = number
                    } else { object[column] = cell }
                }
                return object
            }
            document[String(table.name.dropLast(4))] = ["columns": table.header, "rows": rows] as [String: Any]
        }
        return try JSONOutput.encode(document)
    }

    /// Reads a JSON landscape; problems are reported against the JSON file as
    /// `file: table row N: message`.
    public static func read(path: String, mode: LoadMode = .strict) -> LandscapeLoad {
        func failure(_ message: String) -> LandscapeLoad {
            LandscapeLoad(landscape: nil, diagnostics: [Diagnostic(.error, file: path, message: message)])
        }
        guard let data = FileManager.default.contents(atPath: path) else { return failure("cannot read the file") }
        guard let document = (try? JSONSerialization.jsonObject(with: data)) as? [String: Any] else {
            return failure("not a JSON object")
        }
        guard document["format"] as? String == "schoolnet-landscape" else {
            return failure("not a schoolnet landscape (\"format\": \"schoolnet-landscape\" missing)")
        }
        let folder = NSTemporaryDirectory() + "schoolnet-json-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
        defer { try? FileManager.default.removeItem(atPath: folder) }
        do {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
            for name in ["schools", "structures", "memberships", "links"] {
                guard let table = document[name] as? [String: Any] else { continue }
                guard let columns = table["columns"] as? [String], let rows = table["rows"] as? [[String: Any]] else {
                    return failure("\(name): needs \"columns\" (a list of names) and \"rows\" (a list of objects)")
                }
                var text = CSVWriter.line(columns)
                for row in rows {
                    text += CSVWriter.line(columns.map { column in cell(row[column]) })
                }
                try AtomicFile.write(text, to: folder + "/\(name).csv")
            }
        } catch { return failure("cannot unpack: \(error)") }
        let load = LandscapeBundleReader(mode: mode).read(directory: folder)
        let renamed = load.diagnostics.map { diagnostic -> Diagnostic in
            var moved = diagnostic
            let table = (diagnostic.file as NSString).lastPathComponent.replacingOccurrences(of: ".csv", with: "")
            moved.file = path
            moved.message = (diagnostic.line.map { "\(table) row \($0 - 1): " } ?? "\(table): ") + diagnostic.message
            moved.line = nil
            return moved
        }
        return LandscapeLoad(landscape: load.landscape, diagnostics: renamed)
    }

    static func cell(_ value: Any?) -> String {
        switch value {
        case nil, is NSNull: return ""
        case let text as String: return text
        case let flag as Bool where type(of: value!) == Bool.self: return flag ? "true" : "false"
        case let number as NSNumber: return NumberFormat.exact(number.doubleValue)
        default: return "\(value!)"
        }
    }
}
