/// One problem found in the input, located as precisely as the input allows.
///
/// Printed as `file:line: message`, with the column named where it applies; warnings say so
/// (`file:line: warning: message`), the form compilers and editors understand. In a workbook,
/// `book.xlsx: sheet!A12: message`.
public struct Diagnostic: Equatable, Sendable, CustomStringConvertible {
    public enum Severity: String, Sendable { case error, warning }

    public var severity: Severity
    /// The file's path as the user named it (folder joined with the file name).
    public var file: String
    /// The 1-based line where the record starts; nil for a problem with the whole file.
    public var line: Int?
    /// The column, by its header name, where the problem is.
    public var column: String?
    /// In a workbook, the sheet and cell (`schools!G5`), or the sheet alone; printed in place
    /// of the line.
    public var cell: String?
    public var message: String

    public init(
        _ severity: Severity, file: String, line: Int? = nil, column: String? = nil,
        message: String
    ) {
        self.severity = severity
        self.file = file
        self.line = line
        self.column = column
        self.message = message
    }

    public var description: String {
        var text = file
        if let cell {
            text += ": \(cell)"
        } else if let line {
            text += ":\(line)"
        }
        text += ": "
        if severity == .warning { text += "warning: " }
        if let column { text += "column '\(column)': " }
        return text + message
    }
}
