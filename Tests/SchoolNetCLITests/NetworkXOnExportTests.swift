import Foundation
import SchoolNetTestSupport
import Testing

/// `metrics` with no options equals what NetworkX gives, with no options, on the GraphML that
/// `export` writes (`Reference/networkx_on_export.py` wrote the values).
@Suite(.serialized) struct NetworkXOnExportTests {
    static let folder = "Tests/SchoolNetCLITests/Reference"

    @Test("the committed GraphML is what export writes today")
    func exportUnchanged() throws {
        let run = try EndToEndTests.run(["export", EndToEndTests.demo, "--format", "graphml"])
        let committed = try String(
            contentsOfFile: TestPaths.path("\(Self.folder)/demo-export.graphml"), encoding: .utf8)
        #expect(run.stdout == committed, "re-export and re-run networkx_on_export.py")
    }

    @Test("default PageRank, betweenness, closeness, clustering and degree equal NetworkX's defaults on the export")
    func defaultsMatchNetworkX() throws {
        let path = TestPaths.path("\(Self.folder)/demo-export.networkx.json")
        let reference = try #require(
            try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: path))) as? [String: Any])
        let nodes = try #require(reference["nodes"] as? [String])
        let measures = try #require(reference["measures"] as? [String: [Double]])
        // The export holds every row, so the metrics read every date too.
        let run = try EndToEndTests.run([
            "metrics", EndToEndTests.demo, "--all-dates", "--format", "json",
            "--measures", "pagerank,betweenness,closeness,clustering,degree",
        ])
        let json = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
        let schools = try #require(json["schools"] as? [[String: Any]])
        let byURN = Dictionary(uniqueKeysWithValues: schools.map { ($0["urn"] as? String ?? "", $0) })
        #expect(nodes.count == 150)
        for (measure, values) in measures.sorted(by: { $0.key < $1.key }) {
            let tolerance = measure == "pagerank" ? 1e-6 : 1e-9
            for (node, theirs) in zip(nodes, values) {
                let ours = try #require((byURN[node]?[measure] as? NSNumber)?.doubleValue, "\(measure) \(node)")
                #expect(abs(ours - theirs) <= tolerance, "\(measure) \(node): ours \(ours), NetworkX \(theirs)")
            }
        }
    }

    @Test("affiliation's two-mode measures equal NetworkX's bipartite functions on the affiliation export")
    func twoModeMatchesNetworkX() throws {
        let export = try EndToEndTests.run(["export", EndToEndTests.demo, "--view", "affiliation"])
        let committed = try String(
            contentsOfFile: TestPaths.path("\(Self.folder)/demo-affiliation.graphml"), encoding: .utf8)
        #expect(export.stdout == committed, "re-export and re-run networkx_on_export.py")
        let path = TestPaths.path("\(Self.folder)/demo-affiliation.networkx.json")
        let reference = try #require(
            try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: path))) as? [String: Any])
        let nodes = try #require(reference["nodes"] as? [String])
        let measures = try #require(reference["measures"] as? [String: [Double]])
        let run = try EndToEndTests.run(["affiliation", EndToEndTests.demo, "--all-dates", "--format", "json"])
        let json = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
        let rows = try #require(json["nodes"] as? [[String: Any]])
        let byID = Dictionary(
            uniqueKeysWithValues: rows.map { ("\($0["mode"] as? String ?? ""):\($0["id"] as? String ?? "")", $0) })
        #expect(nodes.count == rows.count && nodes.count > 150)
        for (measure, values) in measures.sorted(by: { $0.key < $1.key }) {
            for (node, theirs) in zip(nodes, values) {
                let ours = try #require((byID[node]?[measure] as? NSNumber)?.doubleValue, "\(measure) \(node)")
                #expect(abs(ours - theirs) <= 1e-9, "\(measure) \(node): ours \(ours), NetworkX \(theirs)")
            }
        }
    }
}
