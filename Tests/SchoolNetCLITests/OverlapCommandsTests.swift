import Foundation
import SchoolNetTestSupport
import Testing

/// `overlap` against an independent computation from the same files, and `hybrids`' JSON.
@Suite(.serialized) struct OverlapCommandsTests {
    @Test(
        "the overlap pairs equal the reference script's, byte for byte",
        arguments: [
            ("Examples/demo-landscape", "demo-landscape"),
            ("Tests/SchoolNetGraphTests/Reference/Landscapes/generated-300", "generated-300"),
        ])
    func pairs(bundle: String, reference: String) throws {
        // The reference script counts every row whatever its dates.
        let run = try EndToEndTests.run(["overlap", bundle, "--format", "csv", "--all-dates"])
        #expect(run.status == 0)
        let expected = try String(
            contentsOfFile: TestPaths.path("Tests/SchoolNetModelTests/Reference/Data/\(reference).pairs.csv"),
            encoding: .utf8)
        #expect(run.stdout.hasPrefix("a,b,shared,jaccard,overlap_coefficient,relation\n"))
        #expect(run.stdout == expected)
    }

    @Test("every overlap view writes CSV; JSON holds them all")
    func views() throws {
        for (view, header) in [
            ("kinds", "kind,schools,mat,"), ("schools", "urn,name,structures,kinds"),
            ("ties", "a,b,layers,multiplexity,weight"), ("layers", "a,b,ties_a,ties_b,shared,jaccard"),
        ] {
            let run = try EndToEndTests.run(["overlap", "Examples/demo-landscape", "--view", view, "--format", "csv"])
            #expect(run.status == 0)
            #expect(run.stdout.hasPrefix(header), "\(view)")
        }
        let json = try EndToEndTests.run(["overlap", "Examples/demo-landscape", "--format", "json"])
        let object = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as! [String: Any]
        #expect(
            Set(object.keys) == ["schoolnet_version", "at", "at_basis", "pairs", "kinds", "schools", "ties", "layers"])
    }

    @Test("hybrids JSON: thresholds, the TSA-led MAT's lead, the federation that became a MAT")
    func hybrids() throws {
        // As at the latest date, the federation that became a MAT is gone: no hybrid pair with it.
        let current = try EndToEndTests.run(["hybrids", "Examples/demo-landscape", "--format", "json"])
        #expect(current.status == 0 && !current.stdout.contains("FED-MOOR"))
        // With every date merged, it coincides with the MAT that replaced it.
        let run = try EndToEndTests.run(["hybrids", "Examples/demo-landscape", "--format", "json", "--all-dates"])
        #expect(run.status == 0)
        let json = try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as! [String: Any]
        let thresholds = json["thresholds"] as! [String: Any]
        #expect((thresholds["pair_overlap"] as! NSNumber).doubleValue == 0.5)
        let leads = json["leads"] as! [[String: Any]]
        #expect(
            leads.contains {
                ($0["name"] as? String) == "Brackford Grammar School" && ($0["kinds"] as! [String]) == ["mat", "tsa"]
            })
        let pairs = json["pairs"] as! [[String: Any]]
        let moorside = try #require(
            pairs.first { ($0["a"] as! String) == "FED-MOOR" && ($0["b"] as! String) == "MAT-MOOR" })
        #expect((moorside["kinds"] as! [String]) == ["federation", "mat"])
        #expect((moorside["overlap_coefficient"] as! NSNumber).doubleValue == 1)
        #expect((moorside["relation"] as! String) == "coincident")
        let structures = json["structures"] as! [[String: Any]]
        #expect(structures.count == 22)
        #expect(structures.allSatisfy { $0["id"] != nil && $0["hybridity"] != nil })
        #expect(try EndToEndTests.run(["hybrids", "Examples/demo-landscape", "--pair-overlap", "2"]).status == 64)
    }
}

/// `schoolnet diff` on the demo landscape.
@Suite(.serialized) struct DiffCommandTests {
    @Test("the Moorside federation becomes a MAT in 2019; schools leave clusters for trusts")
    func moorside() throws {
        let run = try EndToEndTests.run([
            "diff", "Examples/demo-landscape", "--from", "2019-01-01", "--to", "2020-01-01", "--format", "json",
        ])
        #expect(run.status == 0, "\(run.stderr)")
        let json = try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as! [String: Any]
        #expect((json["formed"] as! [[String: Any]]).map { $0["id"] as! String } == ["MAT-MOOR"])
        #expect((json["dissolved"] as! [[String: Any]]).map { $0["id"] as! String } == ["FED-MOOR"])
        let moves = json["moves"] as! [[String: Any]]
        let fromFederation = moves.filter {
            ($0["from"] as! [[String: Any]]).contains { ($0["kind"] as! String) == "federation" }
        }
        #expect(fromFederation.count == 3)
        #expect(moves.contains { ($0["from"] as! [[String: Any]]).contains { ($0["kind"] as! String) == "cluster" } })
        #expect(
            try EndToEndTests.run(["diff", "Examples/demo-landscape", "--from", "2020-01-01", "--to", "2019-01-01"])
                .status == 64)
        #expect(
            try EndToEndTests.run(["diff", "Examples/demo-landscape", "--from", "2020-13-01", "--to", "2021-01-01"])
                .status == 64)
    }
}

/// `schoolnet place` on the demo landscape.
@Suite(.serialized) struct PlaceCommandTests {
    @Test("areas, cold spots and spread; thresholds echoed; bad grades are usage errors")
    func place() throws {
        let csv = try EndToEndTests.run(["place", "Examples/demo-landscape", "--format", "csv"])
        #expect(csv.status == 0)
        #expect(
            csv.stdout.hasPrefix(
                "la,schools,in_structure,coverage,low_performers,paired,pairing,at_risk,cold_spots,mat_starter,"))
        #expect(csv.stdout.contains("\nBrackenshire,150,133,"))
        let json = try EndToEndTests.run(["place", "Examples/demo-landscape", "--format", "json", "--by", "region"])
        let object = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as! [String: Any]
        #expect(
            Set(object.keys) == [
                "schoolnet_version", "at", "at_basis", "by", "thresholds", "areas", "total", "cold-spots", "spread",
            ])
        #expect((object["at"] as? String) == "2024-09-01" && (object["at_basis"] as? String) == "latest-recorded")
        // As at 2024-09-01: the federation dissolved in 2019 and the alliance ended in 2021.
        #expect((object["spread"] as! [[String: Any]]).count == 20)
        #expect(try EndToEndTests.run(["place", "Examples/demo-landscape", "--low-grades", "poor"]).status == 64)
    }
}

/// `schoolnet patterns` on the demo landscape.
@Suite(.serialized) struct PatternsCommandTests {
    @Test("JSON: thresholds and findings with verdict, score and evidence; the planted marketised trust is found")
    func patterns() throws {
        let run = try EndToEndTests.run(["patterns", "Examples/demo-landscape", "--format", "json"])
        #expect(run.status == 0)
        let json = try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as! [String: Any]
        #expect((json["thresholds"] as! [String: Any]).count == 15)
        let findings = json["findings"] as! [[String: Any]]
        #expect(
            findings.allSatisfy {
                ["hierarchical", "exclusive", "marketised"].contains($0["pattern"] as! String)
                    && ["yes", "no", "insufficient-data"].contains($0["verdict"] as! String)
                    && $0["evidence"] is [String: Any]
            })
        #expect(
            findings.contains {
                ($0["structure"] as! String) == "MAT-BLT" && ($0["pattern"] as! String) == "marketised"
                    && ($0["verdict"] as! String) == "yes"
            })
        let stricter = try EndToEndTests.run([
            "patterns", "Examples/demo-landscape", "--format", "json", "--threshold", "marketised_minimum_traded=10",
        ])
        let strictJSON = try JSONSerialization.jsonObject(with: Data(stricter.stdout.utf8)) as! [String: Any]
        #expect(((strictJSON["thresholds"] as! [String: Any])["marketised_minimum_traded"] as! NSNumber).intValue == 10)
        let blt = (strictJSON["findings"] as! [[String: Any]]).first {
            ($0["structure"] as! String) == "MAT-BLT" && ($0["pattern"] as! String) == "marketised"
        }!
        #expect((blt["verdict"] as! String) == "no")
        #expect(try EndToEndTests.run(["patterns", "Examples/demo-landscape", "--threshold", "bogus=1"]).status == 64)
        // Structures are judged by default; each lead's wider circle only when asked.
        #expect(!findings.contains { ($0["scope"] as! String) == "lead" })
        let all = try EndToEndTests.run(["patterns", "Examples/demo-landscape", "--scope", "all", "--format", "json"])
        let allFindings =
            (try JSONSerialization.jsonObject(with: Data(all.stdout.utf8)) as! [String: Any])["findings"]
            as! [[String: Any]]
        #expect(
            allFindings.contains { ($0["structure"] as! String) == "lead:144030" && ($0["scope"] as! String) == "lead" }
        )
        let structuresOnly = try EndToEndTests.run([
            "patterns", "Examples/demo-landscape", "--scope", "structure", "--format", "csv",
        ])
        // One CSV column per evidence figure, so that a spreadsheet can sort by it.
        #expect(structuresOnly.stdout.hasPrefix("structure,scope,pattern,verdict,score,evidence:members,"))
        #expect(!structuresOnly.stdout.contains("lead:"))
    }
}

/// `schoolnet generate` end to end: the bundle loads, the ground truth is written, the same
/// seed writes the same bytes, and patterns finds the planted cases.
@Suite(.serialized) struct GenerateCommandTests {
    @Test("generate a local authority with planted patterns; patterns and hybrids find them")
    func generate() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let run = try EndToEndTests.run(["generate", "--scale", "la", "--seed", "5", "-o", folder.path + "/a"])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(try EndToEndTests.run(["validate", folder.path + "/a"]).status == 0)
        _ = try EndToEndTests.run(["generate", "--scale", "la", "--seed", "5", "-o", folder.path + "/b"])
        for file in ["schools.csv", "structures.csv", "memberships.csv", "links.csv", "ground-truth.json"] {
            #expect(
                FileManager.default.contents(atPath: folder.path + "/a/" + file)
                    == FileManager.default.contents(atPath: folder.path + "/b/" + file), "\(file)")
        }
        let truth =
            try JSONSerialization.jsonObject(
                with: Data(contentsOf: URL(fileURLWithPath: folder.path + "/a/ground-truth.json"))) as! [String: Any]
        let planted = truth["patterns"] as! [[String: String]]
        #expect(planted.count >= 6)
        let patterns = try EndToEndTests.run(["patterns", folder.path + "/a", "--format", "json"])
        let findings =
            (try JSONSerialization.jsonObject(with: Data(patterns.stdout.utf8)) as! [String: Any])["findings"]
            as! [[String: Any]]
        for case_ in planted {
            #expect(
                findings.contains {
                    ($0["structure"] as! String) == case_["structure"] && ($0["pattern"] as! String) == case_["pattern"]
                        && ($0["verdict"] as! String) == "yes"
                }, "\(case_)")
        }
        let hybrids = try EndToEndTests.run(["hybrids", folder.path + "/a", "--format", "json"])
        let pairs =
            (try JSONSerialization.jsonObject(with: Data(hybrids.stdout.utf8)) as! [String: Any])["pairs"]
            as! [[String: Any]]
        for hybrid in truth["hybrids"] as! [[String: Any]] {
            #expect(
                pairs.contains {
                    Set([$0["a"] as! String, $0["b"] as! String])
                        == Set([hybrid["tsa"] as! String, hybrid["mat"] as! String])
                })
        }
    }
}
