/// The kind of value a landscape column holds.
public enum ColumnType: Sendable, Equatable {
    /// Text, trimmed of surrounding spaces.
    case text
    /// A name, kept exactly as written.
    case name
    /// A decimal number.
    case number
    /// A whole number, 0 or more.
    case count
    /// A date, `YYYY-MM-DD`.
    case date
    /// One of the listed spellings.
    case choice([String])
    /// Several of the listed spellings, separated by `;`.
    case choices([String])
    /// A school's URN.
    case urn
    /// A structure's id.
    case structureID

    /// True for numbers and counts: numbers in JSON and in exported graphs.
    public var isNumeric: Bool { self == .number || self == .count }
}

/// One column of a landscape table: its name, type, whether every row must fill it, what it
/// means, and how an entity gives its value (``ResultValue/unknown`` when blank).
public struct SchemaColumn<Entity>: Sendable {
    public let name: String
    public let type: ColumnType
    public let isRequired: Bool
    public let meaning: String
    public let value: @Sendable (Entity) -> ResultValue

    public init(
        _ name: String, _ type: ColumnType, required: Bool = false, meaning: String,
        value: @escaping @Sendable (Entity) -> ResultValue
    ) {
        self.name = name
        self.type = type
        self.isRequired = required
        self.meaning = meaning
        self.value = value
    }
}

/// A table of a landscape: its name (`schools`), its file in a bundle (`schools.csv`), whether a
/// landscape must have it, and its standard columns in order. Any other column is the user's
/// own and is kept as text.
public struct SchemaTable<Entity>: Sendable {
    public let name: String
    public let isRequired: Bool
    public let columns: [SchemaColumn<Entity>]
    /// The user's own columns of an entity.
    public let custom: @Sendable (Entity) -> CustomAttributes

    public var fileName: String { name + ".csv" }
    public var columnNames: [String] { columns.map(\.name) }
    public var requiredColumns: [String] { columns.filter(\.isRequired).map(\.name) }
    public var description: TableDescription {
        TableDescription(
            name: name, isRequired: isRequired, columns: columns.map { ($0.name, $0.type, $0.isRequired, $0.meaning) })
    }
}

/// A table's name and columns without the entity type, to list every table together.
public struct TableDescription: Sendable {
    public let name: String
    public let isRequired: Bool
    public let columns: [(name: String, type: ColumnType, isRequired: Bool, meaning: String)]

    public var fileName: String { name + ".csv" }

    /// The type of a standard column; nil for a user's own column.
    public func type(of column: String) -> ColumnType? {
        columns.first { $0.name == column.lowercased() }?.type
    }
}

/// The landscape format: four tables, their columns and types, declared once. The bundle reader
/// and writer, the JSON form and the exporters all read it.
public enum LandscapeSchema {
    public static let schools = SchemaTable<School>(
        name: "schools", isRequired: true,
        columns: [
            SchemaColumn("urn", .urn, required: true, meaning: "Unique reference number.") { .text($0.urn.rawValue) },
            SchemaColumn("name", .name, required: true, meaning: "The school's name, kept as written.") {
                .text($0.name)
            },
            SchemaColumn("phase", .choice(Phase.allowedValues), meaning: "Phase of education.") { .choice($0.phase) },
            SchemaColumn("governance", .choice(Governance.allowedValues), meaning: "Type of governance.") {
                .choice($0.governance)
            },
            SchemaColumn("la", .name, meaning: "Local authority.") { .text($0.localAuthority) },
            SchemaColumn("region", .name, meaning: "Region.") { .text($0.region) },
            SchemaColumn("ofsted", .choice(OfstedGrade.allowedValues), meaning: "Latest Ofsted overall grade.") {
                .choice($0.ofsted)
            },
            SchemaColumn("attainment", .number, meaning: "The user's outcome measure; higher is better.") {
                .number($0.attainment)
            },
            SchemaColumn("disadvantage", .number, meaning: "Share (0 to 1) of pupils eligible for free school meals.") {
                .number($0.disadvantage)
            },
            SchemaColumn("pupils", .count, meaning: "Pupils on roll.") { school in
                school.pupils.map(ResultValue.count) ?? .unknown
            },
            SchemaColumn("latitude", .number, meaning: "WGS84 latitude, degrees.") { .number($0.location?.latitude) },
            SchemaColumn("longitude", .number, meaning: "WGS84 longitude, degrees.") {
                .number($0.location?.longitude)
            },
            SchemaColumn(
                "designations", .choices(Designation.allowedValues),
                meaning: "System-leader designations, ';'-separated."
            ) {
                $0.designations.isEmpty ? .unknown : .list($0.designations.map { .text($0.rawValue) })
            },
        ], custom: \.custom)

    public static let structures = SchemaTable<Structure>(
        name: "structures", isRequired: false,
        columns: [
            SchemaColumn("id", .structureID, required: true, meaning: "The structure's id, unique in the landscape.") {
                .text($0.id)
            },
            SchemaColumn(
                "kind", .choice(StructureKind.allowedValues), required: true, meaning: "What kind of structure."
            ) { .text($0.kind.rawValue) },
            SchemaColumn("name", .name, meaning: "Its name.") { .text($0.name) },
            SchemaColumn("lead", .urn, meaning: "The lead school's URN.") { .text($0.lead?.rawValue) },
            SchemaColumn("formed", .date, meaning: "The day it formed.") {
                $0.period.start.map(ResultValue.date) ?? .unknown
            },
            SchemaColumn("dissolved", .date, meaning: "The day it dissolved.") {
                $0.period.end.map(ResultValue.date) ?? .unknown
            },
            SchemaColumn(
                "federation-type", .choice(FederationType.allowedValues), meaning: "hard or soft (federations only)."
            ) {
                .choice($0.federationType)
            },
        ], custom: \.custom)

    public static let memberships = SchemaTable<Membership>(
        name: "memberships", isRequired: false,
        columns: [
            SchemaColumn("structure", .structureID, required: true, meaning: "The structure's id.") {
                .text($0.structureID)
            },
            SchemaColumn("urn", .urn, required: true, meaning: "The member school's URN.") { .text($0.urn.rawValue) },
            SchemaColumn(
                "role", .choice(MembershipRole.allowedValues), meaning: "The school's role (member when blank)."
            ) { .text($0.role.rawValue) },
            SchemaColumn("joined", .date, meaning: "The day it joined.") {
                $0.period.start.map(ResultValue.date) ?? .unknown
            },
            SchemaColumn("left", .date, meaning: "The day it left.") {
                $0.period.end.map(ResultValue.date) ?? .unknown
            },
        ], custom: \.custom)

    public static let links = SchemaTable<Link>(
        name: "links", isRequired: false,
        columns: [
            SchemaColumn("source", .urn, required: true, meaning: "The supporting, selling or first school.") {
                .text($0.source.rawValue)
            },
            SchemaColumn("target", .urn, required: true, meaning: "The supported, buying or second school.") {
                .text($0.target.rawValue)
            },
            SchemaColumn("kind", .choice(LinkKind.allowedValues), required: true, meaning: "What kind of link.") {
                .text($0.kind.rawValue)
            },
            SchemaColumn("depth", .choice(TieDepth.allowedValues), meaning: "How deep the collaboration goes.") {
                .choice($0.depth)
            },
            SchemaColumn("driver", .choice(TieDriver.allowedValues), meaning: "What drives it.") { .choice($0.driver) },
            SchemaColumn("weight", .number, meaning: "Strength of the tie, above 0 (1 when blank).") {
                .number($0.weight)
            },
            SchemaColumn("start", .date, meaning: "The day it started.") {
                $0.period.start.map(ResultValue.date) ?? .unknown
            },
            SchemaColumn("end", .date, meaning: "The day it ended.") {
                $0.period.end.map(ResultValue.date) ?? .unknown
            },
        ], custom: \.custom)

    /// The four tables, in the order they are read.
    public static let tables: [TableDescription] = [
        schools.description, structures.description, memberships.description, links.description,
    ]
}
