/// A school's unique reference number, kept as text so that leading zeros survive.
///
/// Ordering is numeric when both are all digits (so `"99999" < "100000"`), textual otherwise;
/// every listing in the package sorts by it, which keeps output deterministic.
public struct URN: Hashable, Comparable, Sendable, CustomStringConvertible,
    ExpressibleByStringLiteral
{
    public let rawValue: String

    public init(_ rawValue: String) { self.rawValue = rawValue }
    public init(stringLiteral value: String) { self.init(value) }

    public var description: String { rawValue }

    public static func < (lhs: URN, rhs: URN) -> Bool {
        let a = lhs.rawValue
        let b = rhs.rawValue
        if a.allSatisfy(\.isASCIIDigitCharacter), b.allSatisfy(\.isASCIIDigitCharacter) {
            let x = a.drop { $0 == "0" }
            let y = b.drop { $0 == "0" }
            if x.count != y.count { return x.count < y.count }
            if x != y { return x < y }
        }
        return a < b
    }
}

extension Character {
    var isASCIIDigitCharacter: Bool { isASCII && isNumber }
}
