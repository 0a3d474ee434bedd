import Foundation
import SchoolNetModel

/// How the values of GIAS extracts are read: placeholders, dates in the several forms real
/// files have, and the mapping of GIAS's names onto the landscape's enumerations.
enum GIASValues {
    /// Cells GIAS (or a spreadsheet) uses for "no value". Compared case-insensitively.
    static let placeholders: Set<String> = [
        "not applicable", "not recorded", "does not apply", "unknown", "n/a", "na", "null", "none", "-",
        "not applicable (not applicable)", "not collected",
    ]

    /// True when a code cell holds only nines (999, 9999, 999999999): GIAS's "no code".
    static func isNinesCode(_ value: String) -> Bool { value.count >= 3 && value.allSatisfy { $0 == "9" } }

    /// The cell with surrounding spaces removed, or nil when empty or a placeholder.
    static func clean(_ raw: String) -> String? {
        let value = raw.trimmingSpaces()
        if value.isEmpty || placeholders.contains(value.lowercased()) { return nil }
        return value
    }

    /// Whether an establishment of this type (TypeOfEstablishment name) is a school. Not:
    /// children's centres and their linked sites, universities, further-education and sixth-form
    /// colleges, online providers, British schools overseas, offshore schools and Welsh
    /// establishments. Unknown types are schools.
    static func isSchool(type: String?) -> Bool {
        guard let type = type?.lowercased() else { return true }
        if type.contains("children's centre") || type.contains("childrens centre") { return false }
        return ![
            "higher education institutions", "further education", "sixth form centres", "online provider",
            "british schools overseas", "offshore schools", "welsh establishment",
        ].contains(type)
    }

    /// Whether a group of this type (Group Type name) is a group of schools: not children's
    /// centres groups and collaborations.
    static func isSchoolGroup(type: String?) -> Bool {
        !(type?.lowercased().contains("children's centre") ?? false)
    }

    /// A school's name folded for matching names written by different hands: lower case, `&`
    /// as "and", "saint" as "st", apostrophes dropped, every other run of punctuation or space
    /// one space.
    static func matchingName(_ name: String) -> String {
        let folded = name.lowercased().replacingOccurrences(of: "&", with: " and ")
            .filter { !"'’`".contains($0) }
        let words = folded.split(whereSeparator: { !$0.isLetter && !$0.isNumber }).map {
            $0 == "saint" ? "st" : String($0)
        }
        return words.joined(separator: " ")
    }

    enum DateReading: Equatable {
        case date(CalendarDate)
        case unknown
        case unreadable
    }

    /// dd-mm-yyyy and dd/mm/yyyy (GIAS, and what a spreadsheet makes of it, with one- or
    /// two-digit day and month), or ISO yyyy-mm-dd (files re-written by pandas), as
    /// ``CalendarDate/reading(_:)`` reads them. 01-01-1900 is GIAS's "unknown".
    static func date(_ raw: String) -> DateReading {
        guard let value = clean(raw) else { return .unknown }
        switch CalendarDate.reading(value) {
        case .iso(let date), .dayFirst(let date): return date.year <= 1900 ? .unknown : .date(date)
        case .impossible, .malformed: return .unreadable
        }
    }

    /// The phase from PhaseOfEducation (name); "Not applicable" is read from the establishment
    /// type (special, alternative provision) when it tells.
    static func phase(_ name: String?, type: String?) -> Phase? {
        switch name?.lowercased() {
        case "primary", "middle deemed primary": return .primary
        case "secondary", "middle deemed secondary": return .secondary
        case "all-through", "all through": return .allThrough
        case "16 plus", "sixteen plus": return .sixteenPlus
        case "nursery": return .nursery
        default: break
        }
        let type = type?.lowercased() ?? ""
        if type.contains("special") { return .special }
        if type.contains("alternative provision") || type.contains("pupil referral") { return .alternativeProvision }
        return name == nil ? nil : .other
    }

    /// The governance from TypeOfEstablishment (name).
    static func governance(_ type: String?) -> Governance? {
        guard let type = type?.lowercased() else { return nil }
        if type.hasPrefix("academy") && type.contains("converter") { return .academyConverter }
        if type.hasPrefix("academy") && type.contains("sponsor led") { return .academySponsorLed }
        if type.hasPrefix("academy") { return .other }
        if type.hasPrefix("free school") || type == "university technical college" || type == "studio schools" {
            return .freeSchool
        }
        let maintained: Set<String> = [
            "community school", "voluntary aided school", "voluntary controlled school", "foundation school",
            "community special school", "foundation special school", "pupil referral unit",
            "local authority nursery school",
        ]
        if maintained.contains(type) { return .maintained }
        if type.contains("independent") || type == "non-maintained special school" || type == "city technology college"
        {
            return .independent
        }
        return .other
    }

    /// OfstedRating (name); serious weaknesses and special measures are inadequate.
    static func ofsted(_ name: String?) -> OfstedGrade? {
        switch name?.lowercased() {
        case "outstanding": .outstanding
        case "good": .good
        case "requires improvement", "satisfactory": .requiresImprovement
        case "inadequate", "serious weaknesses", "special measures": .inadequate
        default: nil
        }
    }

    /// The landscape's kind for a GIAS group type, and the `group-type` recorded beside it.
    /// Single-academy trusts, foundation trusts, sponsors and umbrella trusts are `other`, so that
    /// they never enter MAT statistics; the `group-type` column says which they are.
    static func groupKind(_ type: String?) -> (kind: StructureKind, groupType: String) {
        let name = type?.lowercased() ?? ""
        switch name {
        case "multi-academy trust": return (.mat, "multi-academy-trust")
        case "federation": return (.federation, "federation")
        case "single-academy trust", "secure single-academy trust": return (.other, "single-academy-trust")
        case "school sponsor": return (.other, "school-sponsor")
        case "trust": return (.other, "trust")
        case "umbrella trust": return (.other, "umbrella-trust")
        default:
            let slug = name.split(whereSeparator: { !$0.isLetter && !$0.isNumber }).joined(separator: "-")
            return (.other, slug.isEmpty ? "unknown" : slug)
        }
    }

    /// GIAS group type codes as published (01 federation, 02 trust, 03 school sponsor, 05
    /// single-academy trust, 06 multi-academy trust, 08 umbrella trust), read when the name
    /// column is missing; a code that lost its leading zero ("6") reads the same.
    static func groupTypeName(code: String?) -> String? {
        guard let code, let number = Int(code) else { return nil }
        return [
            1: "Federation", 2: "Trust", 3: "School sponsor", 5: "Single-academy trust", 6: "Multi-academy trust",
            8: "Umbrella trust",
        ][number]
    }
}
