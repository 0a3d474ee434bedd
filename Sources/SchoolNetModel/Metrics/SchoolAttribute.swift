import Foundation

/// A school attribute named on the command line: a standard column or a custom one.
public enum SchoolAttribute {
    /// The value of the attribute `name` for a school, as text; nil when unknown. Standard
    /// columns: phase, governance, la, region, ofsted, designations; any other name is looked up
    /// among the school's custom columns.
    public static func value(_ name: String, of school: School) -> String? {
        let text: String? = switch name.lowercased() {
        case "phase": school.phase?.rawValue
        case "governance": school.governance?.rawValue
        case "la", "local-authority": school.localAuthority
        case "region": school.region
        case "ofsted": school.ofsted?.rawValue
        case "designations": school.designations.isEmpty ? nil : school.designations.map(\.rawValue).joined(separator: ";")
        default: school.custom[name]
        }
        return text.flatMap { $0.isEmpty ? nil : $0 }
    }
}

extension SchoolAttribute {
    /// The standard columns that hold numbers.
    public static let numericColumns = ["attainment", "disadvantage", "pupils"]

    /// The attribute `name` of a school as a number: attainment, disadvantage and pupils, or a
    /// custom column whose text parses as a number; nil when unknown or not a number.
    public static func number(_ name: String, of school: School) -> Double? {
        switch name.lowercased() {
        case "attainment": return school.attainment
        case "disadvantage": return school.disadvantage
        case "pupils": return school.pupils.map { Double($0) }
        default:
            guard let text = school.custom[name] else { return nil }
            return Double(text.trimmingCharacters(in: .whitespaces))
        }
    }
}
