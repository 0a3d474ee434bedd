import Foundation
import SchoolNetModel

/// Colours schools by one attribute: a categorical palette for text (phase, governance, Ofsted,
/// any custom column), a sequential scale for numbers (attainment, disadvantage, pupils, or a
/// custom column whose every known value is a number). Unknown values stay white.
public struct NodeColouring: Sendable, Equatable {
    /// One line of the colour key.
    public struct KeyEntry: Sendable, Equatable {
        public var fill: String
        public var label: String
    }

    /// The attribute, as named on the command line.
    public let attribute: String
    /// The fill of each school with a known value.
    public let fills: [URN: String]
    /// The key, in the order it is shown: categories in their natural order (the enumeration's
    /// for standard columns, most frequent first otherwise), or classes from low to high.
    public let key: [KeyEntry]
    public let isNumeric: Bool

    /// The colouring of `schools` by `attribute`; nil when no school has a value for it.
    ///
    /// Categories: up to seven take Okabe–Ito colours (Ofsted grades keep a fixed, ordered set
    /// of them); any further ones share one grey, named in the key. Numbers: five equal-width
    /// classes of viridis between the smallest and largest value.
    ///
    /// - Complexity: O(n log n) for n schools.
    public static func make(by attribute: String, schools: [School]) -> NodeColouring? {
        let numbers = schools.compactMap { school in
            SchoolAttribute.number(attribute, of: school).map { (school.urn, $0) }
        }
        let texts = schools.compactMap { school in SchoolAttribute.value(attribute, of: school).map { (school.urn, $0) }
        }
        let isStandardNumber = SchoolAttribute.isStandardNumber(attribute)
        if !numbers.isEmpty && (isStandardNumber || numbers.count == texts.count) {
            return numeric(attribute, numbers)
        }
        guard !texts.isEmpty else { return nil }
        return categorical(attribute, texts)
    }

    private static func numeric(_ attribute: String, _ values: [(URN, Double)]) -> NodeColouring {
        let low = values.map(\.1).min()!
        let high = values.map(\.1).max()!
        let steps = Palette.sequential.count
        let width = (high - low) / Double(steps)
        func step(_ value: Double) -> Int {
            width > 0 ? min(Int((value - low) / width), steps - 1) : steps / 2
        }
        var fills: [URN: String] = [:]
        var used = Set<Int>()
        for (urn, value) in values {
            let s = step(value)
            fills[urn] = Palette.sequential[s]
            used.insert(s)
        }
        let key = used.sorted().map { s in
            width > 0
                ? KeyEntry(
                    fill: Palette.sequential[s],
                    label: "\(format(low + Double(s) * width)) – \(format(low + Double(s + 1) * width))")
                : KeyEntry(fill: Palette.sequential[s], label: format(low))
        }
        return NodeColouring(attribute: attribute, fills: fills, key: key, isNumeric: true)
    }

    private static func categorical(_ attribute: String, _ values: [(URN, String)]) -> NodeColouring {
        var counts: [String: Int] = [:]
        for (_, value) in values { counts[value, default: 0] += 1 }
        let natural = naturalOrder(of: attribute)
        let ordered = counts.keys.sorted { a, b in
            let i = natural.firstIndex(of: a) ?? Int.max
            let j = natural.firstIndex(of: b) ?? Int.max
            if i != j { return i < j }
            if counts[a]! != counts[b]! { return counts[a]! > counts[b]! }
            return a < b
        }
        let fixed = attribute.lowercased() == "ofsted" ? ofstedColours : [:]
        let named = ordered.prefix(Palette.categorical.count)
        var colour: [String: String] = [:]
        for (n, value) in named.enumerated() { colour[value] = fixed[value] ?? Palette.categorical[n] }
        var key = named.map { KeyEntry(fill: colour[$0]!, label: $0) }
        let rest = ordered.dropFirst(named.count)
        if !rest.isEmpty {
            key.append(KeyEntry(fill: Palette.otherCategory, label: "\(rest.count) other values"))
        }
        var fills: [URN: String] = [:]
        for (urn, value) in values { fills[urn] = colour[value] ?? Palette.otherCategory }
        return NodeColouring(attribute: attribute, fills: fills, key: key, isNumeric: false)
    }

    /// Ofsted grades from best to worst: green, sky blue, orange, vermillion; not inspected grey.
    private static let ofstedColours = [
        "outstanding": "#009E73", "good": "#56B4E9", "requires-improvement": "#E69F00",
        "inadequate": "#D55E00", "none": "#DDDDDD",
    ]

    private static func naturalOrder(of attribute: String) -> [String] {
        switch attribute.lowercased() {
        case "phase": Phase.allCases.map(\.rawValue)
        case "governance": Governance.allCases.map(\.rawValue)
        case "ofsted": OfstedGrade.allCases.map(\.rawValue)
        default: []
        }
    }

    /// Three significant figures, without a trailing ".0" on whole numbers.
    static func format(_ value: Double) -> String {
        if value == value.rounded() && abs(value) < 1e9 { return String(Int(value)) }
        return String(format: "%.3g", value)
    }
}
