/// Columns that many results share, declared once.
extension ResultColumn {
    /// The school's URN.
    public static func urn(_ urn: @escaping (Row) -> URN) -> ResultColumn {
        ResultColumn("urn", label: "URN", meaning: "The school's unique reference number.") { .text(urn($0).rawValue) }
    }

    /// The school's name as written in the landscape.
    public static func schoolName(_ name: @escaping (Row) -> String?) -> ResultColumn {
        ResultColumn("name", label: "school", meaning: "The school's name.") { .text(name($0) ?? "") }
    }

    /// A structure: its id in command output, its name in the report.
    public static func structure(
        _ name: String, label: String, meaning: String, in landscape: Landscape, id: @escaping (Row) -> String
    ) -> ResultColumn {
        ResultColumn(name, label: label, meaning: meaning) { row in
            let structureID = id(row)
            return .reference(id: structureID, name: landscape.structure(structureID)?.displayName ?? structureID)
        }
    }

    /// A structure and its kind: the first columns of every table of structures.
    public static func structureAndKind(
        in landscape: Landscape, id: @escaping (Row) -> String, kind: @escaping (Row) -> StructureKind
    ) -> [ResultColumn] {
        [
            .structure("id", label: "structure", meaning: "The structure.", in: landscape, id: id),
            ResultColumn("kind", meaning: "Its kind.") { .kind(kind($0)) },
        ]
    }

    /// A count.
    public static func count(_ name: String, label: String? = nil, meaning: String, _ value: @escaping (Row) -> Int)
        -> ResultColumn
    {
        ResultColumn(name, label: label, meaning: meaning, numeric: true) { .count(value($0)) }
    }

    /// A measured number (NaN where undefined).
    public static func number(
        _ name: String, label: String? = nil, meaning: String, unit: String? = nil, _ value: @escaping (Row) -> Double
    ) -> ResultColumn {
        ResultColumn(name, label: label, meaning: meaning, unit: unit, numeric: true) { .number(value($0)) }
    }
}

extension Landscape {
    /// The positions of `schools` sorted by URN: the row order of every per-school table.
    public static func urnOrder(_ schools: [School]) -> [Int] {
        schools.indices.sorted { schools[$0].urn < schools[$1].urn }
    }
}
