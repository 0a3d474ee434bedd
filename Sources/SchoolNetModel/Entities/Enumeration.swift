/// A closed set of values spelled in the landscape files exactly as their raw values.
public protocol Enumeration: CaseIterable, RawRepresentable, Hashable, Sendable
where RawValue == String {}

extension Enumeration {
    /// The accepted spellings, in declaration order, for error messages.
    public static var allowedValues: [String] { allCases.map(\.rawValue) }

    /// Parses a value case-insensitively, accepting `_` or a space for `-`.
    public init?(parsing text: String) {
        let key = String(text.lowercased().map { $0 == "_" || $0 == " " ? "-" : $0 })
        guard let value = Self.allCases.first(where: { $0.rawValue == key }) else { return nil }
        self = value
    }
}

/// An enumeration ordered as its cases are declared (kinds, bands, designations): the order
/// listings and legends follow.
public protocol DeclarationOrdered: Enumeration, Comparable {}

extension DeclarationOrdered {
    /// The position of the case in `allCases`.
    public var declarationIndex: Int {
        var index = 0
        for value in Self.allCases {
            if value == self { return index }
            index += 1
        }
        return index
    }

    public static func < (a: Self, b: Self) -> Bool { a.declarationIndex < b.declarationIndex }
}
