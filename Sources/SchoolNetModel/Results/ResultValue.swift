/// One value of a result: what an analysis computed, before any format is chosen.
///
/// The renderers decide how each case is written, the same way for every result: a number with
/// four decimals in an aligned table, in its shortest exact form in CSV and JSON; a reference by
/// its id in command output and by its name in the report.
public enum ResultValue: Sendable, Equatable {
    case text(String)
    /// A whole number: a count of schools, ties, structures.
    case count(Int)
    /// A measured quantity; NaN where it is undefined (a share of nothing, the constraint of an
    /// isolated school).
    case number(Double)
    case flag(Bool)
    case date(CalendarDate)
    /// A school or structure: its id (URN or structure id) and the name people know it by.
    case reference(id: String, name: String)
    /// Several values of one cell, in order.
    case list([ResultValue])
    /// Named values of one cell (the evidence of a finding), in order.
    case record([ResultField])
    /// The data do not say: an attribute left blank in the input.
    case unknown
    /// Too little is known to give this figure (fewer than half the schools it counts have the
    /// attribute it needs): said in words, never shown as a number.
    case insufficientData

    /// A number, or ``unknown`` when there is none.
    public static func number(_ value: Double?) -> ResultValue { value.map(ResultValue.number) ?? .unknown }

    /// A text, or ``unknown`` when there is none.
    public static func text(_ value: String?) -> ResultValue { value.map(ResultValue.text) ?? .unknown }

    /// A seed or other unsigned number: a count when it fits one, else its digits as text.
    public static func unsigned(_ value: UInt64) -> ResultValue {
        Int(exactly: value).map(ResultValue.count) ?? .text(String(value))
    }

    /// A kind of structure: its spelling in command output, its name in the report.
    public static func kind(_ kind: StructureKind) -> ResultValue {
        .reference(id: kind.rawValue, name: kind.displayName)
    }

    /// An enumeration's spelling, or ``unknown``.
    public static func choice<E: Enumeration>(_ value: E?) -> ResultValue {
        value.map { .text($0.rawValue) } ?? .unknown
    }
}

/// A named value inside a ``ResultValue/record(_:)``.
public struct ResultField: Sendable, Equatable {
    public var name: String
    public var value: ResultValue

    public init(_ name: String, _ value: ResultValue) {
        self.name = name
        self.value = value
    }
}
