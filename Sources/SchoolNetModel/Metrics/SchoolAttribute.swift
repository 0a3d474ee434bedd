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
