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

extension ResearchCommandsTests {
    @Test("qap: the observed correlation is numpy's on the same matrices; the same seed, the same answer")
    func qap() throws {
        let path = TestPaths.path("Tests/SchoolNetGraphTests/Reference/Research/qap-demo.json")
        let reference = try #require(
            try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: path))) as? [String: Any])
        for weighted in [true, false] {
            let arguments = [
                "qap", Self.demo, "--all-dates", "--layers", "co-tsa", "--against", "co-mat", "--permutations", "199",
                "--format", "json",
            ]
            let json = try Self.json(arguments + (weighted ? [] : ["--no-weighted"]))
            let test = try #require(
                (json["significance"] as? [String: Any])?["QAP correlation"] as? [String: Any])
            let numpy = try #require(reference[weighted ? "weighted" : "unweighted"] as? Double)
            let observed = try #require(test["observed"] as? Double)
            #expect(abs(observed - numpy) < 1e-12)
            #expect(json["pairs"] as? Int == reference["pairs"] as? Int)
            #expect((test["p_upper"] as? Double) == 1.0 / 200)
            #expect(try EndToEndTests.run(arguments).stdout == EndToEndTests.run(arguments).stdout)
        }
        #expect(try EndToEndTests.run(["qap", Self.demo, "--layers", "co-nothing", "--against", "mat"]).status == 64)
    }

    @Test("brokerage --permutations: the E-I indices and assortativity against chance, p within (0, 1]")
    func brokeragePermutations() throws {
        let json = try Self.json([
            "brokerage", Self.demo, "--groups", "phase", "--permutations", "99", "--format", "json",
        ])
        let tests = try #require(json["significance"] as? [String: [String: Any]])
        let network = try #require(tests["ei_index"])
        #expect((network["observed"] as? Double) == (json["eiIndex"] as? Double))
        #expect(tests["assortativity"] != nil && tests["ei_index:primary"] != nil)
        for (_, test) in tests {
            if let p = test["p"] as? Double { #expect(p >= 0.02 && p <= 1) }
        }
        #expect(try EndToEndTests.run(["brokerage", Self.demo, "--permutations", "0"]).status == 64)
    }
}

extension ResearchCommandsTests {
    @Test("brokerage --groups mat: groups are trusts; on the trust layer alone each trust is a block of density 1")
    func groupsFromStructures() throws {
        let json = try Self.json([
            "brokerage", Self.demo, "--groups", "mat", "--layers", "co-mat", "--format", "json",
        ])
        let blocks = try #require(json["blockDensity"] as? [[String: Any]])
        let trusts = blocks.filter { ($0["group"] as? String)?.hasPrefix("MAT-") == true }
        #expect(!trusts.isEmpty)
        for block in trusts where (block["pairs"] as? Int ?? 0) > 0 {
            #expect(block["with"] as? String == block["group"] as? String, "\(block)")
            #expect(block["density"] as? Double == 1, "\(block)")
        }
        // Every tie is in exactly one block.
        let all = try Self.json(["brokerage", Self.demo, "--groups", "mat", "--format", "json"])
        let summary = try Self.json(["summary", Self.demo, "--format", "json"])
        let ties = try #require(summary["ties"] as? Int)
        let counted = try #require(all["blockDensity"] as? [[String: Any]]).reduce(0) { $0 + ($1["ties"] as! Int) }
        #expect(counted == ties)
        let groups = Set(try #require(all["schools"] as? [[String: Any]]).compactMap { $0["group"] as? String })
        #expect(groups.contains("(no mat)"))
    }
}

extension ResearchCommandsTests {
    @Test("positions: the blocks hold every tie once; K positions asked, K given; the core is dense")
    func positions() throws {
        let summary = try Self.json(["summary", Self.demo, "--format", "json"])
        let ties = try #require(summary["ties"] as? Int)
        let core = try Self.json(["positions", Self.demo, "--format", "json"])
        let blocks = try #require(core["blockImage"] as? [[String: Any]])
        #expect(blocks.reduce(0) { $0 + ($1["ties"] as! Int) } == ties)
        let coreBlock = try #require(
            blocks.first { $0["position"] as? String == "core" && $0["with"] as? String == "core" })
        #expect((coreBlock["image"] as? Int) == 1)
        let schools = try #require(core["schools"] as? [[String: Any]])
        let squares = schools.reduce(0.0) { $0 + pow(($1["coreness"] as? Double) ?? 0, 2) }
        #expect(abs(squares - 1) < 1e-9)
        for distance in ["euclidean", "correlation"] {
            let json = try Self.json([
                "positions", Self.demo, "--method", "equivalence", "--distance", distance, "--positions", "6",
                "--format", "json",
            ])
            #expect((json["positions"] as? [String: Any])?.count == 6)
            let blocks = try #require(json["blockImage"] as? [[String: Any]])
            #expect(blocks.reduce(0) { $0 + ($1["ties"] as! Int) } == ties)
        }
    }
}

extension ResearchCommandsTests {
    @Test("qap with several --against: MRQAP's coefficients, t and R² equal numpy's least squares")
    func mrqap() throws {
        let path = TestPaths.path("Tests/SchoolNetGraphTests/Reference/Research/mrqap-demo.json")
        let reference = try #require(
            try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: path))) as? [String: Any])
        let json = try Self.json([
            "qap", Self.demo, "--all-dates", "--layers", "co-mat", "--against", "co-tsa", "--against", "co-cluster",
            "--against", "nle-support", "--permutations", "99", "--format", "json",
        ])
        let rows = try #require(json["regression"] as? [String: [String: Any]])
        let names = ["(intercept)", "co-tsa", "co-cluster", "nle-support"]
        let coefficients = try #require(reference["coefficients"] as? [Double])
        let t = try #require(reference["t"] as? [Double])
        for (i, name) in names.enumerated() {
            let row = try #require(rows[name], "\(name)")
            #expect(abs((row["coefficient"] as? Double ?? .nan) - coefficients[i]) < 1e-9, "\(name)")
            #expect(abs((row["t"] as? Double ?? .nan) - t[i]) < 1e-6 * max(1, abs(t[i])), "\(name)")
        }
        #expect(abs((json["rSquared"] as? Double ?? .nan) - (reference["r_squared"] as! Double)) < 1e-9)
        #expect(
            abs((json["adjustedRSquared"] as? Double ?? .nan) - (reference["adjusted_r_squared"] as! Double)) < 1e-9)
        #expect((rows["co-tsa"]?["p_upper"] as? Double) == 0.01)
    }
}

extension ResearchCommandsTests {
    @Test(
        "families: each school's nearest schools and distances are those computed from the definition; with phase, all of one phase",
        arguments: [
            ("families-demo", ["--size", "5"]),
            ("families-demo-weighted", ["--features", "attainment=2,disadvantage", "--size", "4"]),
        ])
    func families(fixture: String, options: [String]) throws {
        let path = TestPaths.path("Tests/SchoolNetGraphTests/Reference/Research/\(fixture).json")
        let reference = try #require(
            try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: path))) as? [String: Any])
        let nearest = try #require(reference["nearest"] as? [String: [[Any]]])
        let phase = try #require(reference["phase"] as? [String: String])
        let json = try Self.json(["families", Self.demo, "--format", "json"] + options)
        let rows = try #require(json["families"] as? [[String: Any]])
        var ours: [String: [(String, Double)]] = [:]
        for row in rows {
            ours[row["urn"] as! String, default: []].append((row["neighbour"] as! String, row["distance"] as! Double))
        }
        // A school alone in its stratum has no neighbours, and no rows.
        #expect(ours.count == nearest.values.filter { !$0.isEmpty }.count)
        for (urn, theirs) in nearest where !theirs.isEmpty {
            let mine = try #require(ours[urn], "\(urn)")
            #expect(mine.map(\.0) == theirs.map { $0[0] as! String }, "\(urn)")
            for (a, b) in zip(mine, theirs) { #expect(abs(a.1 - (b[1] as! Double)) < 1e-12, "\(urn)") }
            if fixture == "families-demo" {
                #expect(mine.allSatisfy { phase[$0.0] == phase[urn] }, "\(urn): a neighbour of another phase")
            }
        }
        #expect(try EndToEndTests.run(["families", Self.demo, "--features", "nosuch"]).status == 64)
        #expect(try EndToEndTests.run(["families", Self.demo, "--features", "attainment=-1"]).status == 64)
    }
}

extension ResearchCommandsTests {
    @Test(
        "match: the optimum NetworkX finds from the listed candidates, within every capacity and rule",
        arguments: ["demo", "region-1", "region-2", "region-3"])
    func match(name: String) throws {
        let path = TestPaths.path("Tests/SchoolNetCLITests/Reference/match-optimum.json")
        let reference = try #require(
            (try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: path))) as? [String: Any])?[
                "cases"] as? [String: [String: Any]])
        let expected = try #require(reference[name])
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        var landscape = Self.demo
        if name != "demo" {
            landscape = folder.path + "/" + name
            let seed = String(name.dropFirst("region-".count))
            #expect(
                try EndToEndTests.run(["generate", "--scale", "region", "--seed", seed, "-o", landscape]).status == 0)
        }
        let json = try Self.json(["match", landscape, "--all-candidates", "--format", "json"])
        let proposals = try #require(json["proposals"] as? [[String: Any]])
        #expect(json["needing"] as? Int == expected["needing"] as? Int)
        #expect(proposals.count == expected["matched"] as? Int)
        let total = try #require(json["totalCost"] as? Double)
        #expect(abs(total - (expected["total_cost"] as! Double)) < 1e-6, "\(name): \(total)")
        // Every proposal is a listed candidate at its listed cost; each school once; capacities kept.
        let candidates = try #require(json["candidates"] as? [[String: Any]])
        let cost = Dictionary(
            uniqueKeysWithValues: candidates.map { ("\($0["school"]!) \($0["supporter"]!)", $0["cost"] as! Double) })
        for proposal in proposals {
            #expect(cost["\(proposal["school"]!) \(proposal["supporter"]!)"] == proposal["cost"] as? Double)
        }
        #expect(Set(proposals.map { $0["school"] as! String }).count == proposals.count)
        let supporters = try #require(json["supporters"] as? [[String: Any]])
        for supporter in supporters {
            let taken = proposals.filter { $0["supporter"] as? String == supporter["urn"] as? String }.count
            #expect(taken <= supporter["capacity"] as! Int && (supporter["capacity_left"] as! Int) >= 0)
        }
        // The rules, read from the landscape's own files: the same phase and no tie already.
        if name == "demo" {
            // The schools' phases from the lossless JSON export.
            let export = try Self.json(["export", landscape, "--format", "json"])
            let rows = try #require((export["schools"] as? [String: Any])?["rows"] as? [[String: Any]])
            let phase = Dictionary(
                uniqueKeysWithValues: rows.map { ($0["urn"] as? String ?? "", $0["phase"] as? String ?? "") })
            // The ties that carry support: a shared trust or federation, or a support link.
            let edges = try EndToEndTests.run([
                "export", landscape, "--format", "edgelist", "--at", json["at"] as! String, "--layers",
                "co-mat,co-federation,nle-support,lle-support,sle-support",
            ])
            let tied = Set(
                edges.stdout.split(separator: "\n").dropFirst().map { line -> String in
                    let cells = line.split(separator: ",").prefix(2).map(String.init).sorted()
                    return cells.joined(separator: " ")
                })
            for proposal in proposals {
                let (a, b) = (proposal["school"] as! String, proposal["supporter"] as! String)
                #expect(phase[a] != nil && phase[a] == phase[b], "\(a) \(b)")
                #expect(!tied.contains([a, b].sorted().joined(separator: " ")), "\(a) supports \(b) already")
            }
        }
    }
}

extension ResearchCommandsTests {
    @Test(
        "compare: pairs of one stratum, each non-member once, the difference their mean; the same seed, the same answer"
    )
    func compare() throws {
        let arguments = ["compare", Self.demo, "--kind", "mat", "--resamples", "199", "--format", "json"]
        let json = try Self.json(arguments)
        let pairs = try #require(json["pairs"] as? [[String: Any]])
        #expect(!pairs.isEmpty)
        #expect(Set(pairs.map { $0["match"] as! String }).count == pairs.count)
        let mean = pairs.reduce(0.0) { $0 + ($1["difference"] as! Double) } / Double(pairs.count)
        #expect(abs(mean - (json["difference"] as! Double)) < 1e-12)
        let low = try #require(json["intervalLow"] as? Double)
        let high = try #require(json["intervalHigh"] as? Double)
        #expect(low <= mean && mean <= high)
        #expect(try EndToEndTests.run(arguments).stdout == EndToEndTests.run(arguments).stdout)
        #expect(try EndToEndTests.run(["compare", Self.demo]).status == 64)
        #expect(try EndToEndTests.run(["compare", Self.demo, "--kind", "mat", "--outcome", "phase"]).status == 64)
    }
}

extension ResearchCommandsTests {
    @Test("render --proposed draws each proposal of match as a dashed arrow, with its legend entry")
    func renderProposed() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let dot = folder.path + "/proposed.dot"
        #expect(try EndToEndTests.run(["render", Self.demo, "--proposed", "-o", dot]).status == 0)
        let text = try String(contentsOfFile: dot, encoding: .utf8)
        let match = try Self.json(["match", Self.demo, "--format", "json"])
        let proposals = try #require(match["proposals"] as? [[String: Any]])
        #expect(text.components(separatedBy: "class=\"proposed\"").count - 1 == proposals.count)
        #expect(text.contains("proposed support (supporter → school)"))
        #expect(try EndToEndTests.run(["render", Self.demo, "--proposed", "--overview", "-o", dot]).status == 64)
    }
}
