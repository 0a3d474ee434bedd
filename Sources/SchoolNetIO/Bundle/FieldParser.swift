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

    /// A required text value; a problem when empty.
    mutating func required(_ column: String) -> String? {
        guard let value = row.value(column) else {
            problem(column, "required value is empty")
            return nil
        }
        return value
    }

    /// Text as written (names keep their spacing).
    func text(_ column: String) -> String? { row.rawValue(column) }

    /// An optional trimmed value.
    func optional(_ column: String) -> String? { row.value(column) }

    mutating func enumeration<E: Enumeration>(_ column: String, _ type: E.Type) -> E? {
        guard let text = row.value(column) else { return nil }
        guard let value = E(parsing: text) else {
            problem(column, "unknown value '\(text)'; allowed: \(E.allowedValues.joined(separator: ", "))")
            return nil
        }
        return value
    }

    /// A `;`-separated list of enumeration values; duplicates are kept once.
    mutating func enumerationList<E: Enumeration>(_ column: String, _ type: E.Type) -> [E] {
        guard let text = row.value(column) else { return [] }
        var values: [E] = []
        for part in text.split(separator: ";") {
            let item = part.trimmingSpaces()
            if item.isEmpty { continue }
            if let value = E(parsing: item) {
                if !values.contains(value) { values.append(value) }
            } else {
                problem(column, "unknown value '\(item)'; allowed: \(E.allowedValues.joined(separator: ", "))")
            }
        }
        return values
    }

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

    /// A period from two date columns; a problem when it ends before it starts.
    mutating func period(start: String, end: String) -> ActivePeriod {
        let from = date(start)
        let to = date(end)
        if let from, let to, to < from {
            problem(end, "\(end) \(to) is before \(start) \(from)")
        }
        return ActivePeriod(start: from, end: to)
    }
}
