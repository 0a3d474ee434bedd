import Foundation
import SchoolNetTestSupport
import Testing

/// `schoolnet metrics` on landscapes made only of links, against the NetworkX values written by
/// the reference script for the same graphs.
@Suite(.serialized) struct MetricsEndToEndTests {
    /// Writes a links-only landscape for a reference graph: URN i+1 for node i, one
    /// partnership link per edge.
    static func linksOnlyLandscape(_ reference: String, in folder: TemporaryFolder, kind: String = "partnership") throws
        -> [String: Any]
    {
        let path = TestPaths.path("Tests/SchoolNetGraphTests/Reference/Data/\(reference).json")
        let json =
            try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: path))) as! [String: Any]
        let graph = json["graph"] as! [String: Any]
        let n = graph["nodes"] as! Int
        try folder.write("schools.csv", "urn,name\n" + (0..<n).map { "\($0 + 1),Node \($0)\n" }.joined())
        let edges = (graph["edges"] as! [[Any]]).map { $0.map { ($0 as? NSNumber)?.doubleValue ?? 0 } }
        try folder.write(
            "links.csv",
            "source,target,kind,weight\n"
                + edges.map {
                    "\(Int($0[0]) + 1),\(Int($0[1]) + 1),\(kind),\($0[2])\n"
                }.joined())
        return json["measures"] as! [String: Any]
    }

    static func parseCSV(_ text: String) -> (header: [String], rows: [[String]]) {
        let lines = text.split(separator: "\n").map {
            $0.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
        }
        return (lines[0], Array(lines.dropFirst()))
    }

    /// Expects every row of each CSV column to equal the reference values of its key (1e-9
    /// relative, 1e-6 for PageRank and eigenvector; NaN equal to NaN).
    static func expectColumns(
        _ header: [String], _ rows: [[String]], _ columns: [String: String], _ measures: [String: Any], label: String
    ) throws {
        for (column, key) in columns.sorted(by: { $0.key < $1.key }) {
            let c = try #require(header.firstIndex(of: column))
            let expected = try #require(measures[key] as? [Any], "\(label) has no \(key)")
            for (i, row) in rows.enumerated() {
                let ours = Double(row[c]) ?? .nan
                let theirs = (expected[i] as? NSNumber)?.doubleValue ?? .nan
                let tolerance = column == "pagerank" || column == "eigenvector" ? 1e-6 : 1e-9
                let same = ours.isNaN ? theirs.isNaN : abs(ours - theirs) <= tolerance * max(1, abs(theirs))
                #expect(same, "\(label) \(column) row \(i): ours \(row[c]), reference \(theirs)")
            }
        }
    }

    @Test(
        "links-only landscapes reproduce NetworkX's values in every column",
        arguments: [
            ("kite", false), ("karate", false), ("disconnected", false), ("weighted", true), ("karate-weighted", true),
        ])
    func agreesWithNetworkX(reference: String, weighted: Bool) throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let measures = try Self.linksOnlyLandscape(reference, in: folder)
        var arguments = ["metrics", folder.path, "--format", "csv"]
        if weighted { arguments.append("--weighted") }
        let run = try EndToEndTests.run(arguments)
        #expect(run.status == 0, "\(run.stderr)")
        let (header, rows) = Self.parseCSV(run.stdout)
        #expect(
            header == [
                "urn", "name", "degree", "strength", "betweenness", "closeness", "harmonic", "eigenvector",
                "pagerank", "core", "clustering", "constraint", "effective_size",
            ])
        // Weighted path measures read 1/weight as length; the reference used weight as length,
        // so those columns are compared on unweighted runs only.
        var columns = [
            "degree": "degree", "strength": "strength", "core": "core_nx",
            // PageRank reads weights by default, as NetworkX's does.
            "pagerank": measures["pagerank_weighted_nx"] != nil ? "pagerank_weighted_nx" : "pagerank_nx",
            "clustering": weighted ? "clustering_weighted_nx" : "clustering_nx",
            "constraint": weighted ? "constraint_weighted_nx" : "constraint_nx",
            "effective_size": weighted ? "effective_size_weighted_nx" : "effective_size_nx",
        ]
        if !weighted {
            columns["betweenness"] = "betweenness_nx"
            columns["closeness"] = "closeness_nx"
            columns["harmonic"] = "harmonic_nx"
            if measures["eigenvector_nx"] != nil { columns["eigenvector"] = "eigenvector_nx" }
        }
        try Self.expectColumns(header, rows, columns, measures, label: reference)
    }

    @Test("metrics on the generated 300-school landscape equal NetworkX's on the network it built from the same files")
    func generatedLandscape() throws {
        let bundle = "Tests/SchoolNetGraphTests/Reference/Landscapes/generated-300"
        let path = TestPaths.path("Tests/SchoolNetGraphTests/Reference/Data/generated-300.json")
        let json =
            try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: path))) as! [String: Any]
        let measures = json["measures"] as! [String: Any]
        for weighted in [false, true] {
            let run = try EndToEndTests.run(["metrics", bundle, "--format", "csv"] + (weighted ? ["--weighted"] : []))
            #expect(run.status == 0, "\(run.stderr)")
            let (header, rows) = Self.parseCSV(run.stdout)
            #expect(rows.count == 300)
            let columns =
                weighted
                ? [
                    "strength": "strength", "pagerank": "pagerank_weighted_nx", "clustering": "clustering_weighted_nx",
                    "constraint": "constraint_weighted_nx", "effective_size": "effective_size_weighted_nx",
                ]
                : [
                    "degree": "degree", "betweenness": "betweenness_nx", "closeness": "closeness_nx",
                    "harmonic": "harmonic_nx",
                    "pagerank": "pagerank_weighted_nx", "core": "core_nx", "clustering": "clustering_nx",
                    "constraint": "constraint_nx",
                    "effective_size": "effective_size_nx",
                ]
            try Self.expectColumns(
                header, rows, columns, measures, label: "generated-300\(weighted ? " weighted" : "")")
        }
    }

    @Test(
        "--directed: support links keep their direction and the measures follow NetworkX's directed ones",
        arguments: ["directed", "directed-random"])
    func directed(reference: String) throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let measures = try Self.linksOnlyLandscape(reference, in: folder, kind: "nle-support")
        let run = try EndToEndTests.run(["metrics", folder.path, "--format", "csv", "--directed"])
        #expect(run.status == 0, "\(run.stderr)")
        let (header, rows) = Self.parseCSV(run.stdout)
        let columns = [
            "degree": "degree", "betweenness": "betweenness_nx", "closeness": "closeness_nx", "harmonic": "harmonic_nx",
            "pagerank": "pagerank_nx", "core": "core_nx", "clustering": "clustering_nx", "constraint": "constraint_nx",
            "effective_size": "effective_size_burt",
        ]
        try Self.expectColumns(header, rows, columns, measures, label: reference)
    }

    @Test("--measures computes only the columns asked for; --convention igraph changes betweenness")
    func subsetsAndConventions() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let measures = try Self.linksOnlyLandscape("kite", in: folder)
        let run = try EndToEndTests.run([
            "metrics", folder.path, "--format", "csv", "--measures", "betweenness,pagerank", "--convention", "igraph",
        ])
        let (header, rows) = Self.parseCSV(run.stdout)
        #expect(header == ["urn", "name", "betweenness", "pagerank"])
        let igraph = measures["betweenness_igraph"] as! [Any]
        for (i, row) in rows.enumerated() {
            #expect(abs(Double(row[2])! - (igraph[i] as! NSNumber).doubleValue) < 1e-9)
        }
        #expect(try EndToEndTests.run(["metrics", folder.path, "--measures", "nosuch"]).status == 64)
    }
}
