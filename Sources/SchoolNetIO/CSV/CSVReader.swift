/// One record of a CSV file and the line it starts on.
public struct CSVRecord: Equatable, Sendable {
    /// The 1-based physical line of the record's first character (a quoted field may span lines,
    /// so the next record can start several lines later).
    public var line: Int
    public var fields: [String]

    public init(line: Int, fields: [String]) {
        self.line = line
        self.fields = fields
    }
}

/// A problem in the CSV syntax itself.
public struct CSVSyntaxProblem: Equatable, Sendable {
    public var line: Int
    public var message: String
    /// True when the rest of the file cannot be trusted: a quote opened and never closed has
    /// swallowed every line after it into one field.
    public var isFatal = false
}

/// An RFC 4180 reader that keeps the line each record starts on.
///
/// Comma separator (or another: spreadsheets in some locales write `;`, and tab-separated text
/// is common; ``separator(of:)`` tells which a text uses), double-quote quoting with `""` for a
/// quote, CRLF, LF or CR line ends;
/// a quote inside an unquoted field is kept as text (as spreadsheets write it). Lines that are
/// entirely empty are skipped. Written here rather than taken from a package because the
/// readers on hand report neither the line of a record nor where a quote was left open.
///
/// - Complexity: O(length of the text).
public enum CSVReader {
    /// The separator a text's first non-empty line uses: `;` or tab when that line holds more
    /// of it than of commas (outside quotes), else a comma.
    public static func separator(of text: String) -> Character {
        var counts: [Character: Int] = [",": 0, ";": 0, "\t": 0]
        var inQuotes = false
        var started = false
        for character in text.unicodeScalars.lazy.map(Character.init) {
            if character == "\"" { inQuotes.toggle() }
            if !inQuotes && (character == "\n" || character == "\r" || character == "\r\n") {
                if started { break }
                continue
            }
            started = true
            if !inQuotes, counts[character] != nil { counts[character]! += 1 }
        }
        let best = [";", "\t"].max { counts[$0]! < counts[$1]! }!
        return counts[best]! > counts[","]! ? best : ","
    }

    public static func parse(_ text: String, separator: Character = ",") -> (
        records: [CSVRecord], problems: [CSVSyntaxProblem]
    ) {
        let separatorScalar = separator.unicodeScalars.first!
        var records: [CSVRecord] = []
        var problems: [CSVSyntaxProblem] = []
        var fields: [String] = []
        var field = String.UnicodeScalarView()
        var line = 1
        var recordLine = 1
        var inQuotes = false
        var quoteLine = 1
        var fieldWasQuoted = false
        var afterClosingQuote = false
        var reportedStrayText = false
        var iterator = text.unicodeScalars.makeIterator()
        var pending: Unicode.Scalar? = nil

        func endField() {
            fields.append(String(field))
            field = String.UnicodeScalarView()
            fieldWasQuoted = false
            afterClosingQuote = false
        }
        func endRecord() {
            let quoted = fieldWasQuoted
            endField()
            if !(fields.count == 1 && fields[0].isEmpty && !quoted) {
                records.append(CSVRecord(line: recordLine, fields: fields))
            }
            fields = []
            reportedStrayText = false
        }

        while let scalar = pending ?? iterator.next() {
            pending = nil
            if inQuotes {
                if scalar == "\"" {
                    let next = iterator.next()
                    if next == "\"" {
                        field.append("\"")
                    } else {
                        inQuotes = false
                        afterClosingQuote = true
                        pending = next
                    }
                } else {
                    if scalar == "\n" { line += 1 }
                    field.append(scalar)
                }
                continue
            }
            switch scalar {
            case separatorScalar:
                endField()
            case "\r", "\n":
                if scalar == "\r" {
                    let next = iterator.next()
                    if next != "\n" { pending = next }
                }
                endRecord()
                line += 1
                recordLine = line
            case "\"" where field.isEmpty && !afterClosingQuote:
                inQuotes = true
                fieldWasQuoted = true
                quoteLine = line
            default:
                if afterClosingQuote && !reportedStrayText {
                    problems.append(
                        CSVSyntaxProblem(
                            line: line, message: "text after the closing quote of a field"))
                    reportedStrayText = true
                }
                field.append(scalar)
            }
        }
        if inQuotes {
            problems.append(
                CSVSyntaxProblem(
                    line: quoteLine, message: "a quoted field opened on this line is never closed",
                    isFatal: true))
        }
        if !fields.isEmpty || !field.isEmpty || fieldWasQuoted { endRecord() }
        return (records, problems)
    }
}
