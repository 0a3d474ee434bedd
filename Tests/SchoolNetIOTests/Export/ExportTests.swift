import Foundation
import SchoolNetModel
import SchoolNetTestSupport
import Testing

@testable import SchoolNetIO

/// Exports: the files NetworkX and igraph read back (`Reference/read_back_exports.py`) are
/// exactly what the exporters write, and what the libraries saw is the landscape: same nodes,
/// labels, attributes and edges. JSON goes round to an identical landscape.
@Suite struct ExportTests {
    static let fixture = TestPaths.path("Tests/SchoolNetIOTests/Fixtures/bundles/export-fixture")
    static let exports = TestPaths.path("Tests/SchoolNetIOTests/Fixtures/exports")

    static func landscape() throws -> Landscape {
        try #require(LandscapeBundleReader().read(directory: fixture).landscape)
    }

    static func files() throws -> [String: String] {
        let landscape = try landscape()
        let schools = ExportGraph.schoolNetwork(landscape)
        return [
            "schools.graphml": GraphMLWriter.write(schools),
            "affiliation.graphml": GraphMLWriter.write(ExportGraph.affiliation(landscape)),
            "schools.gexf": GEXFWriter.write(schools), "schools.net": PajekWriter.write(schools),
            "schools.dl": DLWriter.write(schools),
            "schools-dynamic.gexf": GEXFWriter.write(schools, dynamic: true),
            "affiliation-dynamic.gexf": GEXFWriter.write(ExportGraph.affiliation(landscape), dynamic: true),
            "schools-edges.csv": TableWriters.edgeList(schools), "schools-nodes.csv": TableWriters.nodeTable(schools),
            "schools-matrix.csv": TableWriters.matrix(schools)!,
            "affiliation-matrix.csv": TableWriters.matrix(ExportGraph.affiliation(landscape))!,
        ]
    }

    @Test("the exporters write the files the libraries read (RECORD_GOLDENS=1 re-records)")
    func goldens() throws {
        for (name, text) in try Self.files().sorted(by: { $0.key < $1.key }) {
            let outcome = GoldenFile.compare(text, with: Self.exports + "/" + name)
            #expect(outcome == .matches, "\(name): \(outcome)")
        }
    }

    @Test("NetworkX and igraph read the same nodes, labels, attributes and edges")
    func readBack() throws {
        let data = try Data(
            contentsOf: URL(
                fileURLWithPath: TestPaths.path("Tests/SchoolNetIOTests/Reference/Data/exports-readback.json")))
        let readback =
            (try JSONSerialization.jsonObject(with: data) as! [String: Any])["files"] as! [String: [String: Any]]
        let landscape = try Self.landscape()
        let graphs = [
            "schools.graphml": ExportGraph.schoolNetwork(landscape),
            "affiliation.graphml": ExportGraph.affiliation(landscape),
            "schools.gexf": ExportGraph.schoolNetwork(landscape),
        ]
        func same(_ value: ExportGraph.Value, _ seen: Any) -> Bool {
            switch value {
            case .text(let t): return (seen as? String) == t
            case .number(let d): return (seen as? NSNumber)?.doubleValue == d
            case .integer(let i): return (seen as? NSNumber)?.doubleValue == Double(i)
            }
        }
        for (file, graph) in graphs.sorted(by: { $0.key < $1.key }) {
            let libraries = try #require(readback[file])
            #expect(libraries.count == (file.hasSuffix("gexf") ? 1 : 2))
            for (library, seen) in libraries.sorted(by: { $0.key < $1.key }) {
                let read = seen as! [String: Any]
                let nodes = read["nodes"] as! [[String: Any]]
                #expect(nodes.map { $0["id"] as! String } == graph.nodes.map(\.id).sorted(), "\(file) \(library)")
                for node in graph.nodes {
                    let other = try #require(nodes.first { ($0["id"] as! String) == node.id })
                    #expect((other["label"] as? String) == node.label, "\(file) \(library) \(node.id)")
                    let attributes = other["attributes"] as! [String: Any]
                    #expect(Set(attributes.keys) == Set(node.values.keys), "\(file) \(library) \(node.id)")
                    for (key, value) in node.values {
                        #expect(attributes[key].map { same(value, $0) } == true, "\(file) \(library) \(node.id) \(key)")
                    }
                }
                let edges = read["edges"] as! [[String: Any]]
                #expect(edges.count == graph.edges.count, "\(file) \(library)")
                for edge in graph.edges {
                    let ends = [edge.source, edge.target].sorted()
                    let other = try #require(
                        edges.first { ($0["source"] as! String) == ends[0] && ($0["target"] as! String) == ends[1] })
                    let attributes = other["attributes"] as! [String: Any]
                    for (key, value) in edge.values {
                        #expect(attributes[key].map { same(value, $0) } == true, "\(file) \(library) \(ends) \(key)")
                    }
                }
            }
        }
        // Pajek and DL: every node by its id (two schools share a name), and the weighted edges.
        let schools = ExportGraph.schoolNetwork(landscape)
        let index = Dictionary(uniqueKeysWithValues: schools.nodes.enumerated().map { ($1.id, $0 + 1) })
        let expectedEdges = schools.edges.map { edge -> [Double] in
            let pair = [index[edge.source]!, index[edge.target]!].sorted()
            return [Double(pair[0]), Double(pair[1]), Double(edge.values["weight"]!.text)!]
        }.sorted { $0.lexicographicallyPrecedes($1) }
        #expect(Set(schools.nodes.map(\.label)).count < schools.nodes.count, "the fixture has two schools of one name")
        for file in ["schools.net", "schools.dl"] {
            let read = try #require(readback[file])
            #expect(read.count == (file == "schools.net" ? 2 : 1))
            for (library, seen) in read {
                let read = seen as! [String: Any]
                let vertices = (read["vertices"] as! [[Any]]).map { $0[1] as! String }
                #expect(vertices == schools.nodes.map(\.id), "\(file) \(library)")
                let edges = (read["edges"] as! [[NSNumber]]).map { $0.map(\.doubleValue) }
                #expect(edges == expectedEdges, "\(file) \(library)")
            }
        }
        // Matrices: NetworkX's adjacency of the schools GraphML and biadjacency of the affiliation
        // GraphML, cell for cell, in the order of the CSV's header and rows.
        let files = try Self.files()
        for (file, key) in [("schools-matrix.csv", "adjacency"), ("affiliation-matrix.csv", "biadjacency")] {
            let read = try #require(readback[file]?["networkx"] as? [String: Any])
            let lines = files[file]!.split(separator: "\n").map {
                $0.split(separator: ",", omittingEmptySubsequences: false)
            }
            #expect(lines[0].dropFirst().map(String.init) == read["columns"] as! [String], "\(file)")
            #expect(lines.dropFirst().map { String($0[0]) } == read["rows"] as! [String], "\(file)")
            let cells = lines.dropFirst().map { $0.dropFirst().map { Double($0)! } }
            #expect(cells == (read[key] as! [[Any]]).map { $0.map(jsonNumber) }, "\(file)")
        }
        // Dynamic GEXF: NetworkX reads each edge's and structure's spells as written.
        for (file, graph) in [
            ("schools-dynamic.gexf", schools), ("affiliation-dynamic.gexf", ExportGraph.affiliation(landscape)),
        ] {
            let read = try #require(readback[file]?["networkx"] as? [String: Any])
            let spells = (read["spells"] as! [String: [[Any]]]).mapValues { periods in
                periods.map { period in period.map { $0 as? String } }
            }
            // GEXF's ends are inclusive: the last day, the day before the landscape's end date.
            func text(_ periods: [ActivePeriod]) -> [[String?]] {
                periods.map { [$0.start?.description, $0.end?.previousDay?.description] }
            }
            var expected: [String: [[String?]]] = [:]
            for node in graph.nodes where !node.spells.isEmpty { expected[node.id] = text(node.spells) }
            for edge in graph.edges where !edge.spells.isEmpty && !edge.isNeverActive {
                expected[[edge.source, edge.target].sorted().joined(separator: " ")] = text(edge.spells)
            }
            #expect(!expected.isEmpty)
            #expect(spells == expected, "\(file)")
        }
    }

    @Test("hostile names come out escaped and intact in GraphML and GEXF")
    func escaping() throws {
        let files = try Self.files()
        #expect(files["schools.graphml"]!.contains("&lt;script&gt;alert(1)&lt;/script&gt; Academy"))
        #expect(files["schools.graphml"]!.contains("St Anne&apos;s &quot;Little&quot; School &amp; Nursery"))
        #expect(!files["schools.gexf"]!.contains("<script>"))
        #expect(files["schools.gexf"]!.contains("Ysgol Gymraeg Bro Ögwr – Ünïcode"))
    }

    @Test(
        "JSON: export, read back, the identical landscape; the same bytes every time", arguments: ["fixture", "demo"])
    func json(which: String) throws {
        let landscape =
            which == "demo"
            ? try #require(LandscapeBundleReader().read(directory: TestPaths.example("demo-landscape")).landscape)
            : try Self.landscape()
        let text = LandscapeJSON.encode(landscape)
        #expect(LandscapeJSON.encode(landscape) == text)
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let path = folder.path + "/landscape.json"
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        let load = LandscapeJSON.read(path: path)
        #expect(load.diagnostics.isEmpty)
        let back = try #require(load.landscape)
        #expect(back.schools == landscape.schools && back.structures == landscape.structures)
        #expect(back.memberships == landscape.memberships && back.links == landscape.links)
        #expect(LandscapeTableCells.all(back).map(\.rows) == LandscapeTableCells.all(landscape).map(\.rows))
    }

    @Test("a damaged JSON landscape is reported against the JSON file, by table and row")
    func damagedJSON() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let path = folder.path + "/bad.json"
        let text =
            #"{"format": "schoolnet-landscape", "version": 1, "schools": {"columns": ["urn", "name", "phase"], "rows": [{"urn": "1", "name": "A", "phase": "primary"}, {"urn": "1", "name": "B", "phase": "kindergarten"}]}}"#
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        let load = LandscapeJSON.read(path: path)
        #expect(load.landscape == nil)
        #expect(load.diagnostics.allSatisfy { $0.file == path })
        #expect(load.diagnostics.contains { $0.message.hasPrefix("schools row 2: ") })
        try "[]".write(toFile: path, atomically: true, encoding: .utf8)
        #expect(LandscapeJSON.read(path: path).diagnostics.first?.message == "not a JSON object")
    }
}

/// A JSON number as a Double (JSONSerialization gives Int for whole numbers on Linux).
private func jsonNumber(_ value: Any) -> Double {
    (value as? Double) ?? (value as? Int).map(Double.init) ?? (value as? NSNumber)?.doubleValue ?? .nan
}
