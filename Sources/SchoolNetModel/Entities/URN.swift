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
        // On the UTF-8 bytes: an ASCII digit is one byte, and a byte of any other character is
        // never one, so "all digits" means the same as it does on characters, found faster.
        let a = lhs.rawValue.utf8
        let b = rhs.rawValue.utf8
        if a.allSatisfy(isDigit), b.allSatisfy(isDigit) {
            let x = a.drop { $0 == zero }
            let y = b.drop { $0 == zero }
            if x.count != y.count { return x.count < y.count }
            if !x.elementsEqual(y) { return x.lexicographicallyPrecedes(y) }
        }
        return lhs.rawValue < rhs.rawValue
    }

    private static let zero = UInt8(ascii: "0")
    private static func isDigit(_ byte: UInt8) -> Bool { byte >= zero && byte <= UInt8(ascii: "9") }
}

extension Character {
    var isASCIIDigitCharacter: Bool { isASCII && isNumber }
}
