/// One column of a landscape table: its name, type, whether every row must fill it, what it
/// means, how an entity gives its value (``ResultValue/unknown`` when blank), and how a value
/// read from a file is set on an entity. The readers check the value against the type first.
public struct SchemaColumn<Entity>: Sendable {
    public let name: String
    public let type: ColumnType
    public let isRequired: Bool
    public let meaning: String
    public let value: @Sendable (Entity) -> ResultValue
    public let assign: @Sendable (inout Entity, ResultValue) -> Void

    public init(
        _ name: String, _ type: ColumnType, required: Bool = false, meaning: String,
        value: @escaping @Sendable (Entity) -> ResultValue,
        assign: @escaping @Sendable (inout Entity, ResultValue) -> Void
    ) {
        self.name = name
        self.type = type
        self.isRequired = required
        self.meaning = meaning
        self.value = value
        self.assign = assign
    }
}

extension SchemaColumn {
    /// A text column (`asWritten` for names, kept with their spacing).
    static func text(
        _ name: String, _ path: WritableKeyPath<Entity, String?> & Sendable, asWritten: Bool = true, meaning: String
    ) -> SchemaColumn {
        SchemaColumn(name, asWritten ? .name : .text, meaning: meaning) {
            .text($0[keyPath: path])
        } assign: {
            $0[keyPath: path] = $1.identifier
        }
    }

    /// One of an enumeration's spellings.
    static func choice<E: Enumeration>(
        _ name: String, _ path: WritableKeyPath<Entity, E?> & Sendable, required: Bool = false, meaning: String
    ) -> SchemaColumn {
        SchemaColumn(name, .choice(E.allowedValues), required: required, meaning: meaning) {
            .choice($0[keyPath: path])
        } assign: { entity, value in
            entity[keyPath: path] = value.identifier.flatMap(E.init(rawValue:))
        }
    }

    /// A number.
    static func number(
        _ name: String, _ path: WritableKeyPath<Entity, Double?> & Sendable, rule: NumberRule = .any, meaning: String
    ) -> SchemaColumn {
        SchemaColumn(name, .number(rule), meaning: meaning) {
            .number($0[keyPath: path])
        } assign: {
            $0[keyPath: path] = $1.numeric
        }
    }

    /// A date.
    static func date(_ name: String, _ path: WritableKeyPath<Entity, CalendarDate?> & Sendable, meaning: String)
        -> SchemaColumn
    {
        SchemaColumn(name, .date, meaning: meaning) {
            $0[keyPath: path].map(ResultValue.date) ?? .unknown
        } assign: {
            if case .date(let day) = $1 { $0[keyPath: path] = day }
        }
    }
}

/// A table of a landscape: its name (`schools`), its file in a bundle (`schools.csv`), whether a
/// landscape must have it, its standard columns in order, a blank entity the reader fills, and
/// where the user's own columns go (any column the schema does not name, kept as text).
public struct SchemaTable<Entity>: Sendable {
    public let name: String
    public let isRequired: Bool
    public let columns: [SchemaColumn<Entity>]
    public let blank: @Sendable () -> Entity
    public let custom: WritableKeyPath<Entity, CustomAttributes> & Sendable

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

/// The landscape format: four tables, their columns, types and rules, declared once. The bundle
/// reader and writer, the JSON form and the exporters all read it.
public enum LandscapeSchema {
    public static let schools = SchemaTable<School>(
        name: "schools", isRequired: true,
        columns: [
            SchemaColumn("urn", .urn, required: true, meaning: "Unique reference number.") {
                .text($0.urn.rawValue)
            } assign: {
                $0.urn = URN($1.identifier ?? "")
            },
            SchemaColumn("name", .name, required: true, meaning: "The school's name, kept as written.") {
                .text($0.name)
            } assign: {
                $0.name = $1.identifier ?? ""
            },
            .choice("phase", \.phase, meaning: "Phase of education."),
            .choice("governance", \.governance, meaning: "Type of governance."),
            .text("la", \.localAuthority, meaning: "Local authority."),
            .text("region", \.region, meaning: "Region."),
            .choice("ofsted", \.ofsted, meaning: "Latest Ofsted overall grade."),
            .number("attainment", \.attainment, meaning: "The user's outcome measure; higher is better."),
            .number(
                "disadvantage", \.disadvantage, rule: NumberRule(range: 0...1, rangeText: "0..1 (a fraction)"),
                meaning: "Share (0 to 1) of pupils eligible for free school meals."),
            SchemaColumn("pupils", .count, meaning: "Pupils on roll.") {
                $0.pupils.map(ResultValue.count) ?? .unknown
            } assign: {
                if case .count(let pupils) = $1 { $0.pupils = pupils }
            },
            SchemaColumn(
                "latitude", .number(NumberRule(range: -90...90, rangeText: "-90..90 degrees")),
                meaning: "WGS84 latitude, degrees; with longitude, or neither."
            ) {
                .number($0.location?.latitude)
            } assign: { school, value in
                value.numeric.map {
                    school.location = Coordinate(latitude: $0, longitude: school.location?.longitude ?? .nan)
                }
            },
            SchemaColumn(
                "longitude", .number(NumberRule(range: -180...180, rangeText: "-180..180 degrees")),
                meaning: "WGS84 longitude, degrees; with latitude, or neither."
            ) {
                .number($0.location?.longitude)
            } assign: { school, value in
                value.numeric.map {
                    school.location = Coordinate(latitude: school.location?.latitude ?? .nan, longitude: $0)
                }
            },
            SchemaColumn(
                "designations", .choices(Designation.allowedValues),
                meaning: "System-leader designations, ';'-separated."
            ) {
                $0.designations.isEmpty ? .unknown : .list($0.designations.map { .text($0.rawValue) })
            } assign: {
                if case .list(let items) = $1 {
                    $0.designations = items.compactMap { $0.identifier.flatMap(Designation.init(rawValue:)) }.sorted()
                }
            },
        ], blank: { School(urn: URN(""), name: "") }, custom: \.custom)

    public static let structures = SchemaTable<Structure>(
        name: "structures", isRequired: false,
        columns: [
            SchemaColumn("id", .structureID, required: true, meaning: "The structure's id, unique in the landscape.") {
                .text($0.id)
            } assign: {
                $0.id = $1.identifier ?? ""
            },
            SchemaColumn(
                "kind", .choice(StructureKind.allowedValues), required: true, meaning: "What kind of structure."
            ) {
                .text($0.kind.rawValue)
            } assign: {
                $0.kind = $1.identifier.flatMap(StructureKind.init(rawValue:)) ?? .other
            },
            .text("name", \.name, meaning: "Its name."),
            SchemaColumn("lead", .urn, meaning: "The lead school's URN.") {
                .text($0.lead?.rawValue)
            } assign: {
                $0.lead = $1.identifier.map { URN($0) }
            },
            .date("formed", \.period.start, meaning: "The day it formed."),
            .date("dissolved", \.period.end, meaning: "The day it dissolved."),
            .choice("federation-type", \.federationType, meaning: "hard or soft (federations only)."),
        ], blank: { Structure(id: "", kind: .other) }, custom: \.custom)

    public static let memberships = SchemaTable<Membership>(
        name: "memberships", isRequired: false,
        columns: [
            SchemaColumn("structure", .structureID, required: true, meaning: "The structure's id.") {
                .text($0.structureID)
            } assign: {
                $0.structureID = $1.identifier ?? ""
            },
            SchemaColumn("urn", .urn, required: true, meaning: "The member school's URN.") {
                .text($0.urn.rawValue)
            } assign: {
                $0.urn = URN($1.identifier ?? "")
            },
            SchemaColumn(
                "role", .choice(MembershipRole.allowedValues), meaning: "The school's role (member when blank)."
            ) {
                .text($0.role.rawValue)
            } assign: {
                $0.role = $1.identifier.flatMap(MembershipRole.init(rawValue:)) ?? .member
            },
            .date("joined", \.period.start, meaning: "The day it joined."),
            .date("left", \.period.end, meaning: "The day it left."),
        ], blank: { Membership(structureID: "", urn: URN("")) }, custom: \.custom)

    public static let links = SchemaTable<Link>(
        name: "links", isRequired: false,
        columns: [
            SchemaColumn("source", .urn, required: true, meaning: "The supporting, selling or first school.") {
                .text($0.source.rawValue)
            } assign: {
                $0.source = URN($1.identifier ?? "")
            },
            SchemaColumn("target", .urn, required: true, meaning: "The supported, buying or second school.") {
                .text($0.target.rawValue)
            } assign: {
                $0.target = URN($1.identifier ?? "")
            },
            SchemaColumn("kind", .choice(LinkKind.allowedValues), required: true, meaning: "What kind of link.") {
                .text($0.kind.rawValue)
            } assign: {
                $0.kind = $1.identifier.flatMap(LinkKind.init(rawValue:)) ?? .other
            },
            .choice("depth", \.depth, meaning: "How deep the collaboration goes."),
            .choice("driver", \.driver, meaning: "What drives it."),
            SchemaColumn(
                "weight", .number(NumberRule(positive: true)), meaning: "Strength of the tie, above 0 (1 when blank)."
            ) {
                .number($0.weight)
            } assign: {
                $0.weight = $1.numeric ?? 1
            },
            .date("start", \.period.start, meaning: "The day it started."),
            .date("end", \.period.end, meaning: "The day it ended."),
        ], blank: { Link(source: URN(""), target: URN(""), kind: .other) }, custom: \.custom)

    /// The four tables, in the order they are read.
    public static let tables: [TableDescription] = [
        schools.description, structures.description, memberships.description, links.description,
    ]
}
