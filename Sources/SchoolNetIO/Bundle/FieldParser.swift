import SchoolNetModel

/// Reads the typed values of one row, noting every problem instead of stopping at the first.
/// A row with any problem is not loaded; but when loading leniently, a problem in a cell the
/// row can stand without (an optional column) is a *repair*: the cell is left unknown and the
/// row kept.
struct FieldParser {
    let row: TableRow
    /// Lenient loading: a bad optional cell is left unknown instead of losing the row.
    let lenient: Bool
    private(set) var problems: [(column: String?, message: String)] = []
    /// The cells left unknown, each with what was wrong with it.
    private(set) var repairs: [(column: String?, message: String)] = []
    /// A day-first date that could also be read month first (`01/02/2019`), as written and as
    /// read, for the one note per file that says how such dates were read.
    private(set) var ambiguousDate: (written: String, read: CalendarDate)?

    init(_ row: TableRow, lenient: Bool = false) {
        self.row = row
        self.lenient = lenient
    }

    var isValid: Bool { problems.isEmpty }

    mutating func problem(_ column: String?, _ message: String) {
        problems.append((column, message))
    }

    /// A problem the row can stand: a repair when loading leniently (the caller clears the
    /// value), else a problem like any other. Returns true when it was repaired.
    @discardableResult
    mutating func repairable(_ column: String?, _ message: String) -> Bool {
        if lenient {
            repairs.append((column, message))
        } else {
            problems.append((column, message))
        }
        return lenient
    }

    /// Text as written (names keep their spacing).
    func text(_ column: String) -> String? { row.rawValue(column) }

    /// An optional trimmed value.
    func optional(_ column: String) -> String? { row.value(column) }

    /// A date written `YYYY-MM-DD` or day first as spreadsheets write it (`dd/mm/yyyy`,
    /// `d/m/yy`, `dd-mm-yyyy`: ``CalendarDate/reading(_:)``).
    mutating func date(_ column: String) -> CalendarDate? {
        guard let text = row.value(column) else { return nil }
        if row.serialDates, let serial = Int(text), let date = CalendarDate(spreadsheetDay: serial) { return date }
        switch CalendarDate.reading(text) {
        case .iso(let date): return date
        case .dayFirst(let date):
            if date.day <= 12, date.day != date.month, ambiguousDate == nil { ambiguousDate = (text, date) }
            return date
        case .impossible:
            problem(
                column,
                "impossible date '\(text)': no such day (dates are read as YYYY-MM-DD, or day first as DD/MM/YYYY)")
        case .malformed:
            problem(column, "malformed date '\(text)'; expected YYYY-MM-DD or DD/MM/YYYY")
        }
        return nil
    }

    /// A decimal number (digits, optional sign, point and exponent; no NaN or infinity),
    /// checked against `range` when given.
    mutating func number(
        _ column: String, in range: ClosedRange<Double>? = nil, rangeText: String? = nil,
        positive: Bool = false
    ) -> Double? {
        guard var text = row.value(column) else { return nil }
        let written = text
        // A fraction written as a percentage, as spreadsheets show it: 32% is 0.32.
        let isFraction = range == 0...1
        var percent = false
        if isFraction, text.hasSuffix("%") {
            text = String(text.dropLast()).trimmingSpaces()
            percent = true
        }
        // A decimal comma, in a file whose fields are not separated by commas.
        if row.decimalComma, text.filter({ $0 == "," }).count == 1, !text.contains(".") {
            text = text.replacingOccurrences(of: ",", with: ".")
        }
        guard
            text.utf8.allSatisfy({ ($0 >= 48 && $0 <= 57) || $0 == 43 || $0 == 45 || $0 == 46 || $0 == 69 || $0 == 101 }
            ), let value = Double(text),
            value.isFinite
        else {
            problem(column, "malformed number '\(written)'")
            return nil
        }
        let number = percent ? value / 100 : value
        if let range, !range.contains(number) {
            problem(column, "\(written) is outside \(rangeText ?? "\(range.lowerBound)..\(range.upperBound)")")
            return nil
        }
        if positive && number <= 0 {
            problem(column, "\(written) is not a positive number")
            return nil
        }
        return number
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
        guard lenient && !required else { return read(column, type, required: required) }
        // Leniently, whatever is wrong with an optional cell is a repair: the cell is unknown.
        let before = problems.count
        let value = read(column, type, required: false)
        if problems.count > before {
            repairs += problems[before...]
            problems.removeSubrange(before...)
            return .unknown
        }
        return value
    }

    private mutating func read(_ column: String, _ type: ColumnType, required: Bool) -> ResultValue {
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

    /// A problem when a period ends before it starts; true when it was repaired (the caller
    /// leaves the end unknown).
    mutating func checkOrder(_ period: ActivePeriod, start: String, end: String) -> Bool {
        if let from = period.start, let to = period.end, to < from {
            return repairable(end, "\(end) \(to) is before \(start) \(from)")
        }
        return false
    }
}
