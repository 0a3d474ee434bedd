import SchoolNetModel

/// Reads the typed values of one row, noting every problem instead of stopping at the first.
/// A row with any problem is not loaded.
struct FieldParser {
    let row: TableRow
    private(set) var problems: [(column: String?, message: String)] = []

    init(_ row: TableRow) { self.row = row }

    var isValid: Bool { problems.isEmpty }

    mutating func problem(_ column: String?, _ message: String) {
        problems.append((column, message))
    }

    /// Text as written (names keep their spacing).
    func text(_ column: String) -> String? { row.rawValue(column) }

    /// An optional trimmed value.
    func optional(_ column: String) -> String? { row.value(column) }

    mutating func date(_ column: String) -> CalendarDate? {
        guard let text = row.value(column) else { return nil }
        guard let date = CalendarDate(iso: text) else {
            problem(column, "malformed date '\(text)'; expected YYYY-MM-DD")
            return nil
        }
        return date
    }

    /// A decimal number (digits, optional sign, point and exponent; no NaN or infinity),
    /// checked against `range` when given.
    mutating func number(
        _ column: String, in range: ClosedRange<Double>? = nil, rangeText: String? = nil,
        positive: Bool = false
    ) -> Double? {
        guard let text = row.value(column) else { return nil }
        guard
            text.utf8.allSatisfy({ ($0 >= 48 && $0 <= 57) || $0 == 43 || $0 == 45 || $0 == 46 || $0 == 69 || $0 == 101 }
            ), let value = Double(text),
            value.isFinite
        else {
            problem(column, "malformed number '\(text)'")
            return nil
        }
        if let range, !range.contains(value) {
            problem(column, "\(text) is outside \(rangeText ?? "\(range.lowerBound)..\(range.upperBound)")")
            return nil
        }
        if positive && value <= 0 {
            problem(column, "\(text) is not a positive number")
            return nil
        }
        return value
    }

    /// A whole number ≥ 0.
    mutating func count(_ column: String) -> Int? {
        guard let text = row.value(column) else { return nil }
        guard text.allSatisfy({ $0.isASCII && $0.isNumber }), let value = Int(text) else {
            problem(column, "malformed count '\(text)'; expected a whole number 0 or more")
            return nil
        }
        return value
    }

    /// The value of a column of the given type, checked by its rules; ``ResultValue/unknown``
    /// when blank (a problem when the column is required) or when the value breaks a rule.
    mutating func value(_ column: String, _ type: ColumnType, required: Bool) -> ResultValue {
        if required {
            let present =
                type == .name
                ? row.rawValue(column).map { !$0.trimmingSpaces().isEmpty } ?? false
                : row.value(column) != nil
            guard present else {
                problem(column, "required value is empty")
                return .unknown
            }
        }
        switch type {
        case .name: return .text(text(column))
        case .text, .urn, .structureID: return .text(optional(column))
        case .number(let rule):
            return .number(number(column, in: rule.range, rangeText: rule.rangeText, positive: rule.isPositive))
        case .count: return count(column).map(ResultValue.count) ?? .unknown
        case .date: return date(column).map(ResultValue.date) ?? .unknown
        case .choice(let allowed): return choice(column, allowed).map(ResultValue.text) ?? .unknown
        case .choices(let allowed):
            let values = choices(column, allowed)
            return values.isEmpty ? .unknown : .list(values.map(ResultValue.text))
        }
    }

    /// One of `allowed`, read case-insensitively with `_` or a space for `-`.
    mutating func choice(_ column: String, _ allowed: [String]) -> String? {
        guard let text = row.value(column) else { return nil }
        guard let value = Self.spelling(text, allowed) else {
            problem(column, "unknown value '\(text)'; allowed: \(allowed.joined(separator: ", "))")
            return nil
        }
        return value
    }

    /// A `;`-separated list of `allowed` spellings; duplicates are kept once.
    mutating func choices(_ column: String, _ allowed: [String]) -> [String] {
        guard let text = row.value(column) else { return [] }
        var values: [String] = []
        for part in text.split(separator: ";") {
            let item = part.trimmingSpaces()
            if item.isEmpty { continue }
            if let value = Self.spelling(item, allowed) {
                if !values.contains(value) { values.append(value) }
            } else {
                problem(column, "unknown value '\(item)'; allowed: \(allowed.joined(separator: ", "))")
            }
        }
        return values
    }

    static func spelling(_ text: String, _ allowed: [String]) -> String? {
        let key = String(text.lowercased().map { $0 == "_" || $0 == " " ? "-" : $0 })
        return allowed.contains(key) ? key : nil
    }

    /// True when a problem was found in this column.
    func hasProblem(in column: String) -> Bool { problems.contains { $0.column == column } }

    /// A problem when a period ends before it starts.
    mutating func checkOrder(_ period: ActivePeriod, start: String, end: String) {
        if let from = period.start, let to = period.end, to < from {
            problem(end, "\(end) \(to) is before \(start) \(from)")
        }
    }
}
