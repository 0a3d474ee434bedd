import SchoolNetGraph
import SchoolNetModel

/// A network ready to write in another tool's format: nodes and edges with typed attributes.
/// Unknown values are absent, never zero. Built from a landscape as the school network (one
/// mode, any layers and projection) or the affiliation network (schools and structures).
public struct ExportGraph: Sendable {
    public enum ValueType: String, Sendable { case string, double, int }
    public enum Value: Equatable, Sendable {
        case text(String)
        case number(Double)
        case integer(Int)
        public var text: String {
            switch self {
            case .text(let t): t
            case .number(let d): NumberFormat.exact(d)
            case .integer(let i): String(i)
            }
        }
    }
    public struct Node: Sendable {
        public let id: String
        public let label: String
        public var values: [String: Value]
        /// When the node exists (a structure's dates); empty when always.
        public var spells: [ActivePeriod] = []
    }
    public struct Edge: Sendable {
        public let source: String
        public let target: String
        public let values: [String: Value]
        /// When the tie exists; empty when always.
        public var spells: [ActivePeriod] = []
        /// A tie of the merged history that exists on no single day (its schools were members at
        /// different times): a dynamic export leaves it out.
        public var isNeverActive = false
    }

    public var directed: Bool
    public var nodeAttributes: [(name: String, type: ValueType)]
    public var edgeAttributes: [(name: String, type: ValueType)]
    public var nodes: [Node]
    public var edges: [Edge]
    /// In a two-mode network, the number of first-mode nodes (the schools), which come first;
    /// nil for a one-mode network.
    public var firstModeCount: Int?
    /// What the network describes (its date and scope), written into formats that hold a
    /// description (GraphML's `<desc>`, GEXF's `<description>`).
    public var description: String?

    /// Adds a node attribute: `values[i]` for `nodes[i]`, nil (or NaN) left out.
    public mutating func addNodeAttribute(_ name: String, type: ValueType, values: [Value?]) {
        nodeAttributes.append((name, type))
        for (i, value) in values.enumerated() {
            guard let value else { continue }
            if case .number(let number) = value, number.isNaN { continue }
            nodes[i].values[name] = value
        }
    }

    /// The type of a column's attribute: double and int for the schema's numbers and counts,
    /// string for everything else (custom columns included).
    static func type(of column: String, in table: TableDescription) -> ValueType {
        switch table.type(of: column) {
        case .number?: .double
        case .count?: .int
        default: .string
        }
    }

    /// Typed values of a table row, blank cells and `skip` columns left out.
    static func values(_ table: LandscapeTableCells, row: [ResultValue], skip: Set<String>) -> [String: Value] {
        var values: [String: Value] = [:]
        for (column, cell) in zip(table.header, row) where !skip.contains(column) {
            switch cell {
            case .number(let number) where !number.isNaN: values[column] = .number(number)
            case .count(let count): values[column] = .integer(count)
            default:
                let text = ResultCSV.cell(cell)
                if !text.isEmpty { values[column] = .text(text) }
            }
        }
        return values
    }

    /// The school network of `selection`: one node per school (id: URN, label: name, every
    /// school column as an attribute), one edge per tie with its weight, layers (`;`-separated)
    /// and multiplexity. O(schools + ties).
    public static func schoolNetwork(_ landscape: Landscape, selection: NetworkSelection = NetworkSelection())
        -> ExportGraph
    {
        let network = SchoolNetwork(landscape, selection: selection)
        let schools = LandscapeTableCells(LandscapeSchema.schools, landscape.schools)
        let nodes = zip(landscape.schools, schools.rows).map { school, row in
            Node(id: school.urn.rawValue, label: school.name, values: values(schools, row: row, skip: ["urn"]))
        }
        var edges: [Edge] = []
        let spells = TieSpells(landscape, network: network)
        for a in network.graph.nodes {
            for edge in network.graph.edges(of: a) where selection.directed || a.index < edge.neighbor.index {
                let dated = spells.spells(a.index, edge.neighbor.index)
                edges.append(
                    Edge(
                        source: nodes[a.index].id, target: nodes[edge.neighbor.index].id,
                        values: [
                            "weight": .number(edge.weight),
                            "layers": .text(edge.layers.schoolLayers.map(\.description).joined(separator: ";")),
                            "multiplexity": .integer(edge.layers.count),
                        ], spells: dated ?? [], isNeverActive: dated == nil))
            }
        }
        var graph = ExportGraph(
            directed: selection.directed,
            nodeAttributes: schools.header.dropFirst().map { ($0, type(of: $0, in: schools.description)) },
            edgeAttributes: [("weight", .double), ("layers", .string), ("multiplexity", .int)],
            nodes: nodes, edges: edges)
        graph.addStructureAttributes(landscape)
        return graph
    }

    /// One node attribute per kind of structure in the landscape (`mat`, `tsa`, `cluster`, …):
    /// the ids of the school's structures of that kind, `;`-separated in id order, absent when it
    /// has none, so that a trust can colour a node in Gephi. A school column of the same name
    /// wins (as with `--groups`). Nodes must be the landscape's schools, in order.
    mutating func addStructureAttributes(_ landscape: Landscape) {
        let existing = Set(nodeAttributes.map(\.name))
        for kind in Set(landscape.structures.map(\.kind)).sorted() where !existing.contains(kind.rawValue) {
            var ids = [[String]](repeating: [], count: landscape.schools.count)
            for membership in landscape.memberships where landscape.structure(membership.structureID)?.kind == kind {
                if let school = landscape.index(of: membership.urn) { ids[school].append(membership.structureID) }
            }
            addNodeAttribute(
                kind.rawValue, type: .string,
                values: ids.map { $0.isEmpty ? nil : .text(Array(Set($0)).sorted().joined(separator: ";")) })
        }
    }

    /// The affiliation (two-mode) network: schools (`mode` school, `bipartite` 0, id
    /// `school:URN`) and structures (`mode` structure, `bipartite` 1, id `structure:ID`), one
    /// edge per membership with its role and dates. O(schools + structures + memberships).
    public static func affiliation(_ landscape: Landscape) -> ExportGraph {
        let tables = LandscapeTableCells.all(landscape)
        let schools = tables[0]
        let structures = tables[1]
        let memberships = tables[2]
        var nodes: [Node] = []
        for (school, row) in zip(landscape.schools, schools.rows) {
            var v = values(schools, row: row, skip: ["urn"])
            v["mode"] = .text("school")
            v["bipartite"] = .integer(0)
            nodes.append(Node(id: "school:\(school.urn)", label: school.name, values: v))
        }
        for (structure, row) in zip(landscape.structures, structures.rows) {
            var v = values(structures, row: row, skip: ["id"])
            v["mode"] = .text("structure")
            v["bipartite"] = .integer(1)
            nodes.append(
                Node(
                    id: "structure:\(structure.id)", label: structure.displayName, values: v,
                    spells: structure.period == .always ? [] : [structure.period]))
        }
        let edges = zip(landscape.memberships, memberships.rows).map { membership, row in
            // A membership counts while its structure exists too, as on any one date.
            let period = membership.period.intersection(
                landscape.structure(membership.structureID)?.period ?? .always)
            return Edge(
                source: "school:\(membership.urn)", target: "structure:\(membership.structureID)",
                values: values(memberships, row: row, skip: ["structure", "urn"]),
                spells: period.map { $0 == .always ? [] : [$0] } ?? [], isNeverActive: period == nil)
        }
        var nodeAttributes: [(name: String, type: ValueType)] = [("mode", .string), ("bipartite", .int)]
        for column in schools.header.dropFirst() + structures.header.dropFirst()
        where !nodeAttributes.contains(where: { $0.name == column }) {
            let table =
                schools.description.type(of: column) == nil && structures.header.contains(column) ? structures : schools
            nodeAttributes.append((column, type(of: column, in: table.description)))
        }
        var graph = ExportGraph(
            directed: false, nodeAttributes: nodeAttributes,
            edgeAttributes: memberships.header.dropFirst(2).map { ($0, ValueType.string) }, nodes: nodes, edges: edges)
        graph.firstModeCount = landscape.schools.count
        return graph
    }
}
