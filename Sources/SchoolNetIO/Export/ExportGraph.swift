import SchoolNetGraph
import SchoolNetModel

/// A network ready to write in another tool's format: nodes and edges with typed attributes.
/// Unknown values are absent, never zero. Built from a landscape as the school network (one
/// mode, any layers and projection) or the affiliation network (schools and structures).
public struct ExportGraph: Sendable {
    public enum ValueType: String, Sendable { case string, double, int }
    public enum Value: Equatable, Sendable {
        case text(String), number(Double), integer(Int)
        public var text: String {
            switch self {
            case .text(let t): t
            case .number(let d): NumberFormat.exact(d)
            case .integer(let i): String(i)
            }
        }
    }
    public struct Node: Sendable { public let id: String; public let label: String; public let values: [String: Value] }
    public struct Edge: Sendable { public let source: String; public let target: String; public let values: [String: Value] }

    public var directed: Bool
    public var nodeAttributes: [(name: String, type: ValueType)]
    public var edgeAttributes: [(name: String, type: ValueType)]
    public var nodes: [Node]
    public var edges: [Edge]

    static let types: [String: ValueType] = [
        "attainment": .double, "disadvantage": .double, "latitude": .double, "longitude": .double, "pupils": .int,
    ]

    /// Typed values of a table row (the bundle's cells), empty cells left out.
    static func values(header: [String], row: [String], skip: Set<String>) -> [String: Value] {
        var values: [String: Value] = [:]
        for (column, cell) in zip(header, row) where !cell.isEmpty && !skip.contains(column) {
            switch types[column] {
            case .double: values[column] = Double(cell).map(Value.number) ?? .text(cell)
            case .int: values[column] = Int(cell).map(Value.integer) ?? .text(cell)
            default: values[column] = .text(cell)
            }
        }
        return values
    }

    /// The school network of `selection`: one node per school (id: URN, label: name, every
    /// school column as an attribute), one edge per tie with its weight, layers (`;`-separated)
    /// and multiplexity. O(schools + ties).
    public static func schoolNetwork(_ landscape: Landscape, selection: NetworkSelection = NetworkSelection()) -> ExportGraph {
        let network = SchoolNetwork(landscape, selection: selection)
        let schools = LandscapeBundleWriter.tables(landscape)[0]
        let nodes = zip(landscape.schools, schools.rows).map { school, row in
            Node(id: school.urn.rawValue, label: school.name, values: values(header: schools.header, row: row, skip: ["urn"]))
        }
        var edges: [Edge] = []
        for a in network.graph.nodes {
            for edge in network.graph.edges(of: a) where selection.directed || a.index < edge.neighbor.index {
                edges.append(Edge(source: nodes[a.index].id, target: nodes[edge.neighbor.index].id, values: [
                    "weight": .number(edge.weight),
                    "layers": .text(edge.layers.schoolLayers.map(\.description).joined(separator: ";")),
                    "multiplexity": .integer(edge.layers.count),
                ]))
            }
        }
        return ExportGraph(
            directed: selection.directed,
            nodeAttributes: schools.header.dropFirst().map { ($0, types[$0] ?? .string) },
            edgeAttributes: [("weight", .double), ("layers", .string), ("multiplexity", .int)],
            nodes: nodes, edges: edges)
    }

    /// The affiliation (two-mode) network: schools (`mode` school, `bipartite` 0, id
    /// `school:URN`) and structures (`mode` structure, `bipartite` 1, id `structure:ID`), one
    /// edge per membership with its role and dates. O(schools + structures + memberships).
    public static func affiliation(_ landscape: Landscape) -> ExportGraph {
        let tables = LandscapeBundleWriter.tables(landscape)
        let schools = tables[0], structures = tables[1], memberships = tables[2]
        var nodes: [Node] = []
        for (school, row) in zip(landscape.schools, schools.rows) {
            var v = values(header: schools.header, row: row, skip: ["urn"])
            v["mode"] = .text("school"); v["bipartite"] = .integer(0)
            nodes.append(Node(id: "school:\(school.urn)", label: school.name, values: v))
        }
        for (structure, row) in zip(landscape.structures, structures.rows) {
            var v = values(header: structures.header, row: row, skip: ["id"])
            v["mode"] = .text("structure"); v["bipartite"] = .integer(1)
            nodes.append(Node(id: "structure:\(structure.id)", label: structure.displayName, values: v))
        }
        let edges = zip(landscape.memberships, memberships.rows).map { membership, row in
            Edge(source: "school:\(membership.urn)", target: "structure:\(membership.structureID)",
                 values: values(header: memberships.header, row: row, skip: ["structure", "urn"]))
        }
        var nodeAttributes: [(name: String, type: ValueType)] = [("mode", .string), ("bipartite", .int)]
        for column in schools.header.dropFirst() + structures.header.dropFirst() where !nodeAttributes.contains(where: { $0.name == column }) {
            nodeAttributes.append((column, types[column] ?? .string))
        }
        return ExportGraph(directed: false, nodeAttributes: nodeAttributes,
                           edgeAttributes: memberships.header.dropFirst(2).map { ($0, ValueType.string) }, nodes: nodes, edges: edges)
    }
}
