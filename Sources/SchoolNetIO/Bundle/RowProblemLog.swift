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

    /// Rows skipped in lenient loading (a row with several problems counts once).
    var skippedRows: Int { Set(entries.map { "\($0.file):\($0.line)" }).count }

    /// The entries as diagnostics for the given mode, in the order found.
    func diagnostics(mode: LoadMode) -> [Diagnostic] {
        let repaired = repairs.map {
            Diagnostic(
                .warning, file: $0.file, line: $0.line, column: $0.column, message: "\($0.message); cell left unknown")
        }
        return repaired
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
