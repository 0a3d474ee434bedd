import Foundation
import SchoolNetTestSupport
import Testing

/// The researcher's commands end to end: Leiden and the crosstab, and the exports' options.
@Suite(.serialized) struct ResearchCommandsTests {
    static let demo = "Examples/demo-landscape"

    static func json(_ arguments: [String]) throws -> [String: Any] {
        let run = try EndToEndTests.run(arguments)
        #expect(run.status == 0, "\(arguments): \(run.stderr)")
        return try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
    }

    @Test("communities --method leiden names its method, reports modularity and a crosstab that adds up")
    func leiden() throws {
        let json = try Self.json(["communities", Self.demo, "--method", "leiden", "--format", "json"])
        let options = try #require(json["options"] as? [String: Any])
        #expect(options["method"] as? String == "Leiden (modularity)")
        let modularity = try #require(json["modularity"] as? Double)
        #expect(modularity > 0.7)
        // Every school in a cluster is counted once per cluster; the schools in none complete them.
        let crosstab = try #require(json["crosstab"] as? [[String: Any]])
        let clusterRows = crosstab.filter { $0["kind"] as? String == "cluster" }
        let counted = clusterRows.reduce(0) { $0 + (($1["schools"] as? Int) ?? 0) }
        let schools = try #require(json["schools"] as? [[String: Any]])
        #expect(counted >= schools.count)
        let cpm = try Self.json([
            "communities", Self.demo, "--method", "leiden", "--objective", "cpm", "--resolution", "0.5",
            "--format", "json",
        ])
        #expect(cpm["cpmQuality"] is Double)
        #expect(try EndToEndTests.run(["communities", Self.demo, "--objective", "cpm"]).status == 64)
    }

    @Test("export: metrics and communities on the nodes, Pajek and DL by URN, --dynamic only for GEXF")
    func exports() throws {
        let nodes = try EndToEndTests.run([
            "export", Self.demo, "--format", "nodes", "--with-metrics", "degree,betweenness", "--with-communities",
            "leiden",
        ])
        #expect(nodes.status == 0, "\(nodes.stderr)")
        let lines = nodes.stdout.split(separator: "\n")
        #expect(lines.count == 151)
        #expect(lines[0].hasSuffix(",degree,betweenness,community"))
        #expect(lines.dropFirst().allSatisfy { !$0.hasSuffix(",") })
        let pajek = try EndToEndTests.run(["export", Self.demo, "--format", "pajek"])
        let labels = pajek.stdout.split(separator: "\n").dropFirst().prefix(150).map {
            $0.split(separator: " ", maxSplits: 1)[1]
        }
        #expect(Set(labels).count == 150)
        #expect(try EndToEndTests.run(["export", Self.demo, "--format", "dl", "--dynamic"]).status == 64)
        #expect(
            try EndToEndTests.run(["export", Self.demo, "--view", "affiliation", "--with-metrics", "all"]).status == 64)
        let dynamic = try EndToEndTests.run(["export", Self.demo, "--format", "gexf", "--dynamic"])
        #expect(dynamic.stdout.contains("mode=\"dynamic\" timeformat=\"date\""))
        #expect(dynamic.stdout.contains("<spell start=\""))
    }
}

extension ResearchCommandsTests {
    @Test("ego: size is metrics' degree and constraint metrics' constraint; --urn gives the school and its alters")
    func ego() throws {
        let ego = try Self.json(["ego", Self.demo, "--format", "json"])
        let metrics = try Self.json(["metrics", Self.demo, "--measures", "degree,constraint", "--format", "json"])
        let egoRows = try #require(ego["schools"] as? [[String: Any]])
        let metricRows = try #require(metrics["schools"] as? [[String: Any]])
        #expect(egoRows.count == 150 && metricRows.count == 150)
        for (a, b) in zip(egoRows, metricRows) {
            #expect(a["urn"] as? String == b["urn"] as? String)
            #expect((a["size"] as? NSNumber)?.doubleValue == (b["degree"] as? NSNumber)?.doubleValue)
            #expect((a["constraint"] as? NSNumber)?.doubleValue == (b["constraint"] as? NSNumber)?.doubleValue)
        }
        let one = try Self.json(["ego", Self.demo, "--urn", "140044", "--format", "json"])
        let row = try #require((one["schools"] as? [[String: Any]])?.first)
        let alters = try #require(one["alters"] as? [[String: Any]])
        #expect((row["size"] as? Int) == alters.count)
        #expect(try EndToEndTests.run(["ego", Self.demo, "--urn", "999999"]).status == 64)
        #expect(try EndToEndTests.run(["ego", Self.demo, "--groups", "nosuch"]).status == 64)
    }
}
