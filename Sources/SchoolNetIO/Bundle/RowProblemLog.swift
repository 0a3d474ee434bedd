import SchoolNetModel

/// The problems that make a row unusable, gathered in one pass. In strict loading they are
/// errors; in lenient loading each becomes a warning that says the row was skipped.
struct RowProblemLog {
    struct Entry {
        var file: String
        var line: Int
        var column: String?
        var message: String
    }

    private(set) var entries: [Entry] = []
    /// Cells left unknown in lenient loading, their rows kept.
    private(set) var repairs: [Entry] = []

    mutating func add(_ file: String, line: Int, column: String?, _ message: String) {
        entries.append(Entry(file: file, line: line, column: column, message: message))
    }

    mutating func repaired(_ file: String, line: Int, column: String?, _ message: String) {
        repairs.append(Entry(file: file, line: line, column: column, message: message))
    }

    /// Per file: how many dates could also have been read month first, and the first of them.
    private(set) var ambiguousDates: [String: (count: Int, line: Int, written: String, read: CalendarDate)] = [:]

    mutating func ambiguous(_ file: String, line: Int, written: String, read: CalendarDate) {
        if let seen = ambiguousDates[file] {
            ambiguousDates[file]!.count = seen.count + 1
        } else {
            ambiguousDates[file] = (1, line, written, read)
        }
    }

    /// Rows skipped in lenient loading (a row with several problems counts once).
    var skippedRows: Int { Set(entries.map { "\($0.file):\($0.line)" }).count }

    /// The entries as diagnostics for the given mode, in the order found.
    func diagnostics(mode: LoadMode) -> [Diagnostic] {
        let repaired = repairs.map {
            Diagnostic(
                .warning, file: $0.file, line: $0.line, column: $0.column, message: "\($0.message); cell left unknown")
        }
        let ambiguous = ambiguousDates.sorted { $0.key < $1.key }.map { file, seen in
            Diagnostic(
                .warning, file: file, line: seen.line,
                message:
                    "\(seen.count) date\(seen.count == 1 ? "" : "s") could also be read month first; read day first, as British spreadsheets write them: '\(seen.written)' is \(seen.read)"
            )
        }
        return ambiguous + repaired
            + entries.map {
                switch mode {
                case .strict:
                    Diagnostic(.error, file: $0.file, line: $0.line, column: $0.column, message: $0.message)
                case .lenient:
                    Diagnostic(
                        .warning, file: $0.file, line: $0.line, column: $0.column,
                        message: "\($0.message); row skipped")
                }
            }
    }
}
