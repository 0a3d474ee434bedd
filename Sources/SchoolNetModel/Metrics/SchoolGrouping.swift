/// The groups a command compares schools by (`--groups`): the values of a school attribute, or
/// each school's structure of one kind (`mat`, `tsa`, `federation`, `cluster`, `partnership`,
/// `hub`, `other`). A school attribute of the same name as a kind wins.
///
/// By a kind: a school's group is its structure of that kind, named by id; a school in several
/// goes to its first by id (and a note counts them); the schools in none form one group,
/// `(no mat)`, so that every school has a group and ties to schools outside any trust count as
/// ties across a boundary.
public enum SchoolGrouping {
    /// Whether `name` is a school attribute of the landscape or a kind of structure.
    public static func exists(_ name: String, in landscape: Landscape) -> Bool {
        SchoolAttribute.exists(name, in: landscape) || kind(name, in: landscape) != nil
    }

    /// The kind `name` stands for, when it is not a school attribute.
    public static func kind(_ name: String, in landscape: Landscape) -> StructureKind? {
        SchoolAttribute.exists(name, in: landscape) ? nil : StructureKind(rawValue: name.lowercased())
    }

    /// The group of each school (nil where an attribute is unknown), in landscape order, and a
    /// note on how schools in several structures of a kind were placed.
    public static func groups(_ name: String, in landscape: Landscape) -> (groups: [String?], note: String?) {
        guard let kind = kind(name, in: landscape) else {
            return (landscape.schools.map { SchoolAttribute.value(name, of: $0) }, nil)
        }
        var structures: [URN: [String]] = [:]
        for membership in landscape.memberships where landscape.structure(membership.structureID)?.kind == kind {
            structures[membership.urn, default: []].append(membership.structureID)
        }
        let none = "(no \(kind.rawValue))"
        let groups = landscape.schools.map { school in structures[school.urn].flatMap { $0.min() } ?? none }
        let several = structures.values.filter { Set($0).count > 1 }.count
        let note =
            several > 0
            ? "\(several) schools are in more than one \(kind.rawValue): each is grouped with its first by id." : nil
        return (groups, note)
    }

    /// The names people can give: the landscape's school attributes, then the kinds of structure.
    public static func names(in landscape: Landscape) -> [String] {
        SchoolAttribute.names(in: landscape) + StructureKind.allCases.map(\.rawValue)
    }
}
