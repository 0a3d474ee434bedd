import Foundation

/// One CSV file of a bundle, read and checked as a table: its header, its records, and the
/// problems of the file as a whole (missing, binary, not UTF-8, bad quoting, wrong field counts).
struct TableFile {
    /// The most columns a table may have, and the longest a cell may be (in characters): far
    /// beyond any real landscape, near enough that a damaged or hostile file is told apart.
    static let maximumColumns = 1_000
    static let maximumCellLength = 10_000

    /// The path as shown in diagnostics.
    let path: String
    /// Header names as written (BOM and surrounding spaces removed).
    let header: [String]
    /// The records after the header whose field count matches it.
    let rows: [TableRow]

    /// Reads `name` in `directory`. Returns nil when the file is absent or holds nothing
    /// usable; every problem goes to `diagnostics`.
    ///
    /// - Parameter required: the columns that must be present; a missing one makes the file
    ///   unusable (reported once, as an error, whatever the load mode).
    static func read(
        directory: String, name: String, isRequiredFile: Bool, requiredColumns: [String],
        diagnostics: inout DiagnosticCollector, rowProblems: inout RowProblemLog
    ) -> TableFile? {
        let path = (directory as NSString).appendingPathComponent(name)
        guard InputFile.isPresent(path) else {
            if isRequiredFile { diagnostics.error(path, "required file is missing") }
            return nil
        }
        let bytes: [UInt8]
        switch InputFile.read(path) {
        case .success(let read): bytes = read
        case .failure(let problem):
            diagnostics.error(path, problem.description)
            return nil
        }
        if let binary = TextDecoding.firstBinaryByte(in: bytes) {
            let what =
                binary.byte == 0 ? "a NUL byte" : "control byte 0x\(String(binary.byte, radix: 16, uppercase: true))"
            diagnostics.error(path, line: binary.line, "\(what): binary content, not a CSV text file; file not read")
            return nil
        }
        let (text, encoding) = TextDecoding.decode(bytes)
        if encoding == .windows1252 {
            diagnostics.warning(path, "not valid UTF-8; read as Windows-1252")
        }
        let separator = CSVReader.separator(of: text)
        if separator != "," {
            diagnostics.warning(
                path,
                "fields are separated by \(separator == ";" ? "semicolons" : "tabs"), not commas, so they were read that way"
                    + (separator == ";" ? "; a comma in a number is read as its decimal point" : ""))
        }
        let (records, syntaxProblems) = CSVReader.parse(text, separator: separator)
        for problem in syntaxProblems where !problem.isFatal {
            rowProblems.add(path, line: problem.line, column: nil, problem.message)
        }
        if let fatal = syntaxProblems.first(where: \.isFatal) {
            diagnostics.error(path, line: fatal.line, "\(fatal.message); file not read")
            return nil
        }
        return make(
            path: path, records: records, isRequiredFile: isRequiredFile, requiredColumns: requiredColumns,
            decimalComma: separator != ",", diagnostics: &diagnostics, rowProblems: &rowProblems)
    }

    /// A table from records already in memory (the first is the header), checked as a file's.
    ///
    /// Spreadsheets' habits are read, not punished: rows whose every cell is empty (`,,,,`) are
    /// skipped, and so are empty cells after the last named column, in the header and in rows.
    static func make(
        path: String, records: [CSVRecord], isRequiredFile: Bool, requiredColumns: [String],
        decimalComma: Bool = false, serialDates: Bool = false, diagnostics: inout DiagnosticCollector,
        rowProblems: inout RowProblemLog
    ) -> TableFile? {
        let records = records.filter { record in
            !record.fields.allSatisfy { $0.trimmingSpaces().isEmpty }
        }
        guard var headerRecord = records.first else {
            if isRequiredFile {
                diagnostics.error(
                    path, "is empty; it needs a header row with at least: \(requiredColumns.joined(separator: ", "))")
            }
            return nil
        }
        while headerRecord.fields.count > 1, headerRecord.fields.last!.trimmingSpaces().isEmpty {
            headerRecord.fields.removeLast()
        }
        guard headerRecord.fields.count <= Self.maximumColumns else {
            diagnostics.error(
                path, line: headerRecord.line,
                "the header has \(headerRecord.fields.count) columns; a table has at most \(Self.maximumColumns); file not read"
            )
            return nil
        }
        let header = headerRecord.fields.map { $0.trimmingSpaces() }
        var usable = true
        var seen: [String: Int] = [:]
        for (position, name) in header.enumerated() {
            let key = name.lowercased()
            if key.isEmpty {
                diagnostics.error(
                    path, line: headerRecord.line, "header field \(position + 1) is empty: every column needs a name")
                usable = false
            } else if let first = seen[key] {
                diagnostics.error(
                    path, line: headerRecord.line, column: name, "duplicate column (also field \(first + 1))")
                usable = false
            } else {
                seen[key] = position
            }
        }
        for column in requiredColumns where seen[column] == nil {
            diagnostics.error(
                path, line: headerRecord.line,
                "missing required column '\(column)' (header: \(header.joined(separator: ",")))")
            usable = false
        }
        guard usable else { return nil }
        var rows: [TableRow] = []
        for var record in records.dropFirst() {
            while record.fields.count > header.count, record.fields.last!.trimmingSpaces().isEmpty {
                record.fields.removeLast()
            }
            if let long = record.fields.firstIndex(where: { $0.count > Self.maximumCellLength }) {
                rowProblems.add(
                    path, line: record.line, column: long < header.count ? header[long] : nil,
                    "a cell of \(record.fields[long].count) characters; a cell holds at most \(Self.maximumCellLength)")
                continue
            }
            if record.fields.count != header.count {
                rowProblems.add(
                    path, line: record.line, column: nil,
                    "row has \(record.fields.count) field\(record.fields.count == 1 ? "" : "s"); the header has \(header.count)"
                )
                continue
            }
            rows.append(
                TableRow(
                    file: path, line: record.line, header: header, columnIndex: seen, fields: record.fields,
                    decimalComma: decimalComma, serialDates: serialDates))
        }
        return TableFile(path: path, header: header, rows: rows)
    }
}

/// One data row of a table, with access by case-insensitive column name.
struct TableRow {
    let file: String
    let line: Int
    let header: [String]
    let columnIndex: [String: Int]
    let fields: [String]
    /// The file's fields are not separated by commas, so `0,32` is a number.
    var decimalComma = false
    /// A workbook's row: a date cell may hold the spreadsheet's day number.
    var serialDates = false

    /// The trimmed value of a column; nil when the column is absent or the cell is empty.
    func value(_ column: String) -> String? {
        guard let i = columnIndex[column] else { return nil }
        let text = fields[i].trimmingSpaces()
        return text.isEmpty ? nil : text
    }

    /// The value as written (not trimmed); nil when absent or empty.
    func rawValue(_ column: String) -> String? {
        guard let i = columnIndex[column], !fields[i].isEmpty else { return nil }
        return fields[i]
    }

    /// The cells of the columns not in `known`, in header order, empty cells included so that
    /// the column survives a round trip.
    func customAttributes(known: Set<String>) -> [(name: String, value: String)] {
        header.indices.compactMap { i in
            known.contains(header[i].lowercased()) ? nil : (header[i], fields[i])
        }
    }
}
