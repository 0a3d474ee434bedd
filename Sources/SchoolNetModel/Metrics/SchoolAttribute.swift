/// A school attribute named on the command line: a standard column of ``LandscapeSchema/schools``
/// (`la` also as `local-authority`) or one of the user's own columns.
public enum SchoolAttribute {
    /// The standard column of this name, if any.
    static func column(_ name: String) -> SchemaColumn<School>? {
        let key = name.lowercased() == "local-authority" ? "la" : name.lowercased()
        return LandscapeSchema.schools.columns.first { $0.name == key }
    }

    /// Every attribute a landscape's schools can be grouped, coloured or sized by: the standard
    /// columns but the URN and name, then the user's own columns in order of first appearance.
    public static func names(in landscape: Landscape) -> [String] {
        var names = LandscapeSchema.schools.columns.map(\.name).filter { $0 != "urn" && $0 != "name" }
        var seen = Set(names)
        for school in landscape.schools {
            for entry in school.custom.entries where seen.insert(entry.name.lowercased()).inserted {
                names.append(entry.name)
            }
        }
        return names
    }

    /// True when `name` is an attribute of the landscape's schools (a standard column, or a
    /// custom column some school has).
    public static func exists(_ name: String, in landscape: Landscape) -> Bool {
        column(name) != nil || landscape.schools.contains { $0.custom[name] != nil }
    }

    /// True when the attribute is a standard column that holds numbers.
    public static func isStandardNumber(_ name: String) -> Bool { column(name)?.type.isNumeric ?? false }

    /// The value of the attribute `name` for a school, as text; nil when unknown.
    public static func value(_ name: String, of school: School) -> String? {
        let text: String?
        if let column = column(name) {
            switch column.value(school) {
            case .text(let value): text = value
            case .list(let items):
                text = items.compactMap { if case .text(let t) = $0 { t } else { nil } }.joined(separator: ";")
            case .number(let number):
                text =
                    number.isNaN
                    ? nil : number == number.rounded() && abs(number) < 1e15 ? String(Int64(number)) : "\(number)"
            case .count(let count): text = String(count)
            default: text = nil
            }
        } else {
            text = school.custom[name]
        }
        return text.flatMap { $0.isEmpty ? nil : $0 }
    }

    /// The attribute `name` of a school as a number: a numeric standard column, or a custom
    /// column whose text parses as a number; nil when unknown or not a number.
    public static func number(_ name: String, of school: School) -> Double? {
        if let column = column(name) {
            switch column.value(school) {
            case .number(let number): return number.isNaN ? nil : number
            case .count(let count): return Double(count)
            default: return nil
            }
        }
        guard let text = school.custom[name] else { return nil }
        return Double(text.trimmingSpacesAndTabs())
    }
}

extension String {
    /// The text without leading and trailing spaces and tabs.
    func trimmingSpacesAndTabs() -> String {
        var text = Substring(self)
        while let first = text.first, first == " " || first == "\t" { text.removeFirst() }
        while let last = text.last, last == " " || last == "\t" { text.removeLast() }
        return String(text)
    }
}
