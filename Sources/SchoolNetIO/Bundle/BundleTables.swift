import SchoolNetModel

/// How a row of each table of ``LandscapeSchema`` becomes a value: every standard column read
/// and checked by its type as the schema declares it, the user's own columns kept as text, then
/// the checks that involve two columns of the row.
enum BundleTables {
    /// Each table's standard column names, looked up once per row.
    static let standardColumns = Dictionary(
        uniqueKeysWithValues: LandscapeSchema.tables.map { ($0.name, Set($0.columns.map(\.name))) })

    /// The row as an entity of `table`; its problems are in `p`.
    static func entity<Entity>(_ table: SchemaTable<Entity>, _ p: inout FieldParser) -> Entity {
        var entity = table.blank()
        for column in table.columns {
            let value = p.value(column.name, column.type, required: column.isRequired)
            if value != .unknown { column.assign(&entity, value) }
        }
        entity[keyPath: table.custom] = CustomAttributes(
            p.row.customAttributes(known: standardColumns[table.name] ?? []))
        return entity
    }

    static func school(_ p: inout FieldParser) -> School? {
        var school = entity(LandscapeSchema.schools, &p)
        let latitude = school.location.map { !$0.latitude.isNaN } ?? false
        let longitude = school.location.map { !$0.longitude.isNaN } ?? false
        if latitude != longitude {
            // Either cell may have been left unknown already; the other cannot stand alone.
            let given = latitude ? "latitude" : "longitude"
            if p.repairable(given, "\(given) without \(latitude ? "longitude" : "latitude"): they go together") {
                school.location = nil
            }
        }
        return p.isValid ? school : nil
    }

    static func structure(_ p: inout FieldParser) -> Structure? {
        var structure = entity(LandscapeSchema.structures, &p)
        if p.checkOrder(structure.period, start: "formed", end: "dissolved") { structure.period.end = nil }
        if structure.federationType != nil, !p.hasProblem(in: "kind"), structure.kind != .federation {
            if p.repairable(
                "federation-type", "applies to federations only; this structure is a \(structure.kind.rawValue)")
            {
                structure.federationType = nil
            }
        }
        return p.isValid ? structure : nil
    }

    static func membership(_ p: inout FieldParser) -> Membership? {
        var membership = entity(LandscapeSchema.memberships, &p)
        if p.checkOrder(membership.period, start: "joined", end: "left") { membership.period.end = nil }
        return p.isValid ? membership : nil
    }

    static func link(_ p: inout FieldParser) -> Link? {
        var link = entity(LandscapeSchema.links, &p)
        if p.checkOrder(link.period, start: "start", end: "end") { link.period.end = nil }
        if let source = p.optional("source"), source == p.optional("target") {
            p.problem("target", "self-link: source and target are both \(source)")
        }
        return p.isValid ? link : nil
    }
}
