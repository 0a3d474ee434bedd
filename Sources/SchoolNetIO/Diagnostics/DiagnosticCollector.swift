/// Collects every problem of a load in one pass, in the order found.
public struct DiagnosticCollector: Sendable {
    public private(set) var diagnostics: [Diagnostic] = []

    public init() {}

    public var hasErrors: Bool { diagnostics.contains { $0.severity == .error } }

    public mutating func error(_ file: String, line: Int? = nil, column: String? = nil, _ message: String) {
        diagnostics.append(Diagnostic(.error, file: file, line: line, column: column, message: message))
    }

    public mutating func warning(_ file: String, line: Int? = nil, column: String? = nil, _ message: String) {
        diagnostics.append(Diagnostic(.warning, file: file, line: line, column: column, message: message))
    }

    public mutating func append(_ diagnostic: Diagnostic) { diagnostics.append(diagnostic) }
}
