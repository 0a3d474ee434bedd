/// What a landscape holds, to choose a scope or an attribute by a name that exists: its local
/// authorities and regions with their schools, its structures, and the school attributes with
/// how many schools have a value for each.
public enum LandscapeInventory {
    /// What to list.
    public enum Listing: String, Enumeration {
        case authorities, regions, structures, attributes
    }

    /// - Complexity: O(schools × attributes + memberships).
    public static func result(_ landscape: Landscape, listing: Listing, context: AnswerContext = AnswerContext())
        -> AnalysisResult
    {
        let table: ResultTable
        switch listing {
        case .authorities: table = areas(landscape, name: "authorities", label: "local authority", \.localAuthority)
        case .regions: table = areas(landscape, name: "regions", label: "region", \.region)
        case .structures:
            table = ResultTable(
                "structures", rows: landscape.structures.sorted { $0.id < $1.id },
                columns: [
                    ResultColumn("id", meaning: "The structure's id (what --structure takes, as well as its name).") {
                        .text($0.id)
                    },
                    ResultColumn("kind", meaning: "Its kind.") { .kind($0.kind) },
                    ResultColumn("name", meaning: "Its name.") { .text($0.name) },
                    .count("members", meaning: "Distinct member schools.") { landscape.members(of: $0.id).count },
                    ResultColumn("formed", meaning: "The day it formed.") {
                        $0.period.start.map(ResultValue.date) ?? .unknown
                    },
                    ResultColumn("dissolved", meaning: "The day it dissolved.") {
                        $0.period.end.map(ResultValue.date) ?? .unknown
                    },
                ])
        case .attributes:
            let names = SchoolAttribute.names(in: landscape)
            let known = Dictionary(
                uniqueKeysWithValues: names.map { name in
                    (name, landscape.schools.filter { SchoolAttribute.value(name, of: $0) != nil }.count)
                })
            table = ResultTable(
                "attributes", rows: names,
                columns: [
                    ResultColumn("attribute", meaning: "What --groups, --colour-by and --size-by can name.") {
                        .text($0)
                    },
                    ResultColumn(
                        "source", meaning: "standard (a column of the landscape format) or custom (the user's own)."
                    ) {
                        .text(SchoolAttribute.column($0) == nil ? "custom" : "standard")
                    },
                    .count("known", meaning: "Schools with a value.") { known[$0] ?? 0 },
                    .count("unknown", meaning: "Schools without one.") { landscape.schools.count - (known[$0] ?? 0) },
                ])
        }
        return AnalysisResult(context: context, sections: [.table(table)])
    }

    private static func areas(
        _ landscape: Landscape, name: String, label: String, _ area: KeyPath<School, String?> & Sendable
    ) -> ResultTable {
        var counts: [String: Int] = [:]
        for school in landscape.schools { counts[school[keyPath: area] ?? "", default: 0] += 1 }
        let rows = counts.keys.sorted().map { ($0, counts[$0] ?? 0) }
        return ResultTable(
            name, rows: rows,
            columns: [
                ResultColumn(
                    name == "authorities" ? "la" : "region", label: label, meaning: "The \(label); blank when unknown."
                ) {
                    $0.0.isEmpty ? .unknown : .text($0.0)
                },
                .count("schools", meaning: "Its schools.") { $0.1 },
            ])
    }
}
