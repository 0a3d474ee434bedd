import Foundation
import SchoolNetIO
import SchoolNetModel

/// Where the commands write: results to standard output, diagnostics to standard error.
enum Console {
    /// Set by `--quiet`: no notes and no progress line; errors and warnings still show.
    nonisolated(unsafe) static var quiet = false

    static func error(_ line: String) {
        // Through the progress line, if one is shown: it is erased first and comes back after.
        if let progress = ProgressLine.current { return progress.write(line + "\n") }
        FileHandle.standardError.write(Data((line + "\n").utf8))
    }

    /// A line for the reader on standard error (what was written, what was estimated), unless
    /// `--quiet` was given.
    static func note(_ line: String) {
        if !quiet { error(line) }
    }

    static func print(_ text: String) {
        FileHandle.standardOutput.write(Data(text.utf8))
    }

    /// Prints diagnostics, one per line, then a count.
    static func report(_ diagnostics: [Diagnostic]) {
        for diagnostic in diagnostics { error(diagnostic.description) }
        let errors = diagnostics.filter { $0.severity == .error }.count
        let warnings = diagnostics.count - errors
        if !diagnostics.isEmpty {
            error("\(errors) error\(errors == 1 ? "" : "s"), \(warnings) warning\(warnings == 1 ? "" : "s")")
        }
    }

    /// Writes a result in `format` to `path` (standard output when nil): JSON holds every
    /// section; CSV the table named `table` (else the first); an aligned table the named
    /// table with the parameters, else everything.
    static func emit(_ result: AnalysisResult, format: TableFormat, table: String? = nil, to path: String?) throws {
        let text: String
        switch format {
        case .json: text = ResultJSON.render(result)
        case .csv:
            let chosen: ResultTable?
            if let table {
                guard let named = result.table(table) else {
                    preconditionFailure("no table named \(table) in the result")
                }
                chosen = named
            } else {
                chosen =
                    result.sections.lazy.compactMap { section -> ResultTable? in
                        if case .table(let table) = section { return table }
                        return nil
                    }.first
            }
            text = chosen.map { ResultCSV.render($0, at: result.context.date) } ?? ""
            // CSV has no place for them: notes go to standard error, so they are not lost.
            for note in result.context.notes { Console.note("note: \(note)") }
        case .table: text = ResultText.render(table.map { result.keeping([$0]) } ?? result)
        }
        try emit(text, to: path)
    }

    /// Writes `text` to `path` atomically, or to standard output when `path` is nil.
    static func emit(_ text: String, to path: String?) throws {
        guard let path else { return print(text) }
        try OutputFiles.writing(path) { try AtomicFile.write(text, to: path) }
    }
}
