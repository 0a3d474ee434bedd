/// The kind of value a landscape column holds, with the rules a value must follow.
public enum ColumnType: Sendable, Equatable {
    /// Text, trimmed of surrounding spaces.
    case text
    /// A name, kept exactly as written.
    case name
    /// A decimal number (digits, sign, point and exponent; no NaN or infinity) within its rule.
    case number(NumberRule)
    /// A whole number, 0 or more.
    case count
    /// A date, `YYYY-MM-DD`.
    case date
    /// One of the listed spellings (read case-insensitively, `_` or a space for `-`).
    case choice([String])
    /// Several of the listed spellings, separated by `;`.
    case choices([String])
    /// A school's URN.
    case urn
    /// A structure's id.
    case structureID

    /// True for numbers and counts: numbers in JSON and in exported graphs.
    public var isNumeric: Bool {
        switch self {
        case .number, .count: true
        default: false
        }
    }
}

/// What a number column accepts beyond being a number.
public struct NumberRule: Sendable, Equatable {
    /// The values allowed, and how an error message names them (`0..1 (a fraction)`).
    public var range: ClosedRange<Double>?
    public var rangeText: String?
    /// Above zero.
    public var isPositive: Bool

    public init(range: ClosedRange<Double>? = nil, rangeText: String? = nil, positive: Bool = false) {
        self.range = range
        self.rangeText = rangeText
        self.isPositive = positive
    }

    /// Any number.
    public static let any = NumberRule()
}
