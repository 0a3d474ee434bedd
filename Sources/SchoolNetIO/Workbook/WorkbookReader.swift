import Foundation

/// One sheet of a workbook: its name and its rows, each with its 1-based row number and its
/// cells' text by column (A is 0; an empty cell is "").
public struct WorkbookSheet: Equatable, Sendable {
    public var name: String
    public var rows: [(number: Int, cells: [String])]

    public static func == (a: WorkbookSheet, b: WorkbookSheet) -> Bool {
        a.name == b.name && a.rows.map(\.number) == b.rows.map(\.number) && a.rows.map(\.cells) == b.rows.map(\.cells)
    }
}

/// Reads the sheets of an Office Open XML workbook (`.xlsx`, as Excel, LibreOffice and openpyxl
/// write it) as text: the ZIP container through ZIPFoundation, its XML parts read as a stream
/// with Foundation's `XMLParser`.
///
/// A cell's text is its shared or inline string; a number as its shortest decimal (`100001`,
/// `0.32`; a date stays the day number spreadsheets store, 43709 for 2019-09-01, which the
/// landscape reader turns into a date in a date column); an ISO date cell as its day; a boolean
/// `TRUE` or `FALSE`; a formula's cached value. Styles are not read.
///
/// - Complexity: O(size of the workbook's XML).
public enum WorkbookReader {
    public enum Failure: Error, Equatable, CustomStringConvertible {
        case notAWorkbook(String)
        case missingPart(String)
        case unreadablePart(String, String)
        case tooLarge(String)
        case beyondLastColumn(String)
        case tooManyCells(String)

        public var description: String {
            switch self {
            case .notAWorkbook(let why): "not an .xlsx workbook (\(why))"
            case .missingPart(let part): "not an .xlsx workbook: it has no \(part)"
            case .unreadablePart(let part, let why): "the workbook's \(part) cannot be read: \(why)"
            case .tooLarge(let part):
                "the workbook's \(part) unpacks to more than \(InputFile.maximumBytes / (1024 * 1024)) MiB"
            case .beyondLastColumn(let cell): "cell \(cell) lies beyond the last column a sheet can have (XFD)"
            case .tooManyCells(let part):
                "the workbook's \(part) takes it past \(WorkbookReader.maximumCells) cells (counting the empty ones before each cell)"
            }
        }
    }

    /// The most cells read from a workbook, counting the empty ones a row holds before each of
    /// its cells: 10 million (a landscape of every school in England is under half a million).
    public static let maximumCells = 10_000_000

    public static func read(path: String) throws -> [WorkbookSheet] {
        // InputFile.read checks the file first (a regular file, readable, within the limit).
        switch InputFile.read(path) {
        case .failure(let problem): throw Failure.notAWorkbook(problem.description)
        case .success(let bytes): return try sheets(bytes)
        }
    }

    /// The sheets of a workbook held in memory.
    static func sheets(_ bytes: [UInt8]) throws -> [WorkbookSheet] {
        let archive: ZIPDirectory
        do { archive = try ZIPDirectory(bytes) } catch { throw Failure.notAWorkbook("\(error)") }
        /// A part's bytes. One that says it unpacks beyond the input limit is refused before any
        /// of it is read; one that says less and unpacks to more is stopped as it passes the limit
        /// (damage, or a ZIP bomb).
        func part(_ name: String) throws -> Data? {
            do {
                return try archive.data(name, limit: InputFile.maximumBytes)
            } catch ZIPDirectory.Failure.tooLarge {
                throw Failure.tooLarge(name)
            } catch {
                throw Failure.unreadablePart(name, "\(error)")
            }
        }
        func parse(_ name: String, _ data: Data) throws -> WorkbookXML {
            do { return try WorkbookXML.parse(data) } catch {
                throw Failure.unreadablePart(name, "\(error)")
            }
        }
        guard let workbookData = try part("xl/workbook.xml") else { throw Failure.missingPart("xl/workbook.xml") }
        let workbook = try parse("xl/workbook.xml", workbookData)
        guard workbook.sawSheets else { throw Failure.unreadablePart("xl/workbook.xml", "it lists no <sheets>") }
        let relations =
            try part("xl/_rels/workbook.xml.rels").map { try parse("xl/_rels/workbook.xml.rels", $0) }?
            .relationships ?? []
        let shared = try part("xl/sharedStrings.xml").map { try parse("xl/sharedStrings.xml", $0) }?.sharedStrings ?? []

        var sheets: [WorkbookSheet] = []
        var targets = Set<String>()
        var cellsRead = 0
        for sheet in workbook.sheets {
            guard let target = relations.first(where: { $0.id == sheet.relationship })?.target else {
                throw Failure.missingPart("relationship \(sheet.relationship) for sheet '\(sheet.name)'")
            }
            let name = target.hasPrefix("/") ? String(target.dropFirst()) : "xl/" + target
            // Two sheets on one part would unpack and hold it twice: damage, and a way to make a
            // small file take memory without bound.
            guard targets.insert(name).inserted else {
                throw Failure.unreadablePart(name, "more than one sheet points at it")
            }
            guard let data = try part(name) else { throw Failure.missingPart(name) }
            let worksheet = try parse(name, data)
            guard worksheet.sawSheetData else { throw Failure.unreadablePart(name, "it has no <sheetData>") }
            var rows: [(number: Int, cells: [String])] = []
            for (position, row) in worksheet.rows.enumerated() {
                var number = position + 1
                if let written = row.number {
                    guard let value = Int(written.trimmingCharacters(in: .whitespaces)), value > 0 else {
                        throw Failure.unreadablePart(name, "row number '\(written)' is not a positive whole number")
                    }
                    number = value
                }
                var cells: [String] = []
                for (index, cell) in row.cells.enumerated() {
                    let column = cell.reference.flatMap(Self.columnIndex) ?? index
                    // Column XFD (16,384) is a sheet's last: a reference beyond it is damage,
                    // and padding to it would take memory without bound.
                    guard column < 16_384 else { throw Failure.beyondLastColumn(cell.reference ?? "") }
                    // Counting the empty cells before each one: a sheet of cells far to the right
                    // would otherwise take memory out of all proportion to its file.
                    cellsRead += max(1, column + 1 - cells.count)
                    guard cellsRead <= Self.maximumCells else { throw Failure.tooManyCells(name) }
                    while cells.count < column { cells.append("") }
                    let text = Self.text(of: cell, shared: shared)
                    if column < cells.count { cells[column] = text } else { cells.append(text) }
                }
                rows.append((number, cells))
            }
            sheets.append(WorkbookSheet(name: sheet.name, rows: rows))
        }
        return sheets
    }

    /// A cell's text, by its type.
    static func text(of cell: WorkbookXML.Cell, shared: [String]) -> String {
        switch cell.type {
        case "s":
            return cell.value.flatMap { Int($0.trimmingCharacters(in: .whitespaces)) }.flatMap {
                shared.indices.contains($0) ? shared[$0] : nil
            } ?? ""
        case "inlineStr": return cell.inline ?? ""
        case "b": return cell.value?.trimmingCharacters(in: .whitespaces) == "1" ? "TRUE" : "FALSE"
        // An error (#N/A, #DIV/0!) as its text, so that a number column reports it as a CSV
        // file would, rather than the cell being read as blank.
        case "e": return cell.value ?? ""
        case "str": return cell.value ?? ""
        case "d": return cell.value.map { String($0.prefix { $0 != "T" }) } ?? ""
        default:
            guard let raw = cell.value?.trimmingCharacters(in: .whitespaces), !raw.isEmpty else { return "" }
            guard let number = Double(raw), number.isFinite else { return raw }
            if number == number.rounded(), abs(number) < 1e15 { return String(Int(number)) }
            return "\(number)"
        }
    }

    /// The 0-based column of a cell reference (`C12` is 2).
    static func columnIndex(_ reference: String) -> Int? {
        let letters = reference.unicodeScalars.prefix { ("A"..."Z").contains($0) || ("a"..."z").contains($0) }
        guard !letters.isEmpty else { return nil }
        // More than three letters is past XFD however it is spelt; never overflows.
        guard letters.count <= 3 else { return Int.max }
        return String(String.UnicodeScalarView(letters)).uppercased().unicodeScalars.reduce(0) {
            $0 * 26 + Int($1.value) - 64
        } - 1
    }

    /// The letters of a 0-based column (2 is `C`, 26 is `AA`).
    public static func columnLetters(_ index: Int) -> String {
        var n = index + 1
        var letters = ""
        while n > 0 {
            let r = (n - 1) % 26
            letters = String(UnicodeScalar(UInt8(65 + r))) + letters
            n = (n - 1) / 26
        }
        return letters
    }
}
