import Foundation
import SchoolNetTestSupport
import Testing

/// `summary`'s network figures and `communities`, end to end on the demo landscape.
@Suite(.serialized) struct NetworkCommandsTests {
    static let demo = "Examples/demo-landscape"

    static func reference() throws -> [String: Any] {
        let path = TestPaths.path("Tests/SchoolNetGraphTests/Reference/Data/demo-landscape.json")
        let json =
            try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: path))) as! [String: Any]
        return json["measures"] as! [String: Any]
    }

    static func close(_ a: Any?, _ b: Any?) -> Bool {
        guard let x = (a as? NSNumber)?.doubleValue, let y = (b as? NSNumber)?.doubleValue else { return false }
        return abs(x - y) <= 1e-9 * max(1, abs(y))
    }

    @Test("summary's network figures equal NetworkX's on the demo landscape's network")
    func summaryFigures() throws {
        // The reference network is built from every row of the files: all dates.
        let run = try EndToEndTests.run(["summary", Self.demo, "--format", "json", "--all-dates"])
        #expect(run.status == 0)
        let json = try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as! [String: Any]
        let reference = try Self.reference()
        #expect(Self.close(json["density"], reference["density"]))
        #expect(Self.close(json["transitivity"], reference["transitivity_nx"]))
        #expect(Self.close(json["averageClustering"], reference["average_clustering_nx"]))
        #expect(Self.close(json["components"], reference["components_nx"]))
        let assortativity = json["assortativity"] as! [String: Any]
        for attribute in ["phase", "ofsted", "governance"] {
            #expect(Self.close(assortativity[attribute], reference["\(attribute)_assortativity_nx"]), "\(attribute)")
        }
    }

    @Test("communities: a stable partition with its modularity and agreement with each kind of structure")
    func communities() throws {
        let first = try EndToEndTests.run(["communities", Self.demo, "--format", "json", "--seed", "7"])
        #expect(first.status == 0)
        #expect(
            try EndToEndTests.run(["communities", Self.demo, "--format", "json", "--seed", "7"]).stdout == first.stdout)
        let json = try JSONSerialization.jsonObject(with: Data(first.stdout.utf8)) as! [String: Any]
        let modularity = (json["modularity"] as! NSNumber).doubleValue
        #expect(modularity > 0.3 && modularity < 1)
        let agreement = json["agreement"] as! [String: [String: Any]]
        #expect(Set(agreement.keys) == ["mat", "tsa", "federation", "cluster", "partnership", "hub"])
        let schools = json["schools"] as! [[String: Any]]
        #expect(schools.count == 150)
        let csv = try EndToEndTests.run(["communities", Self.demo, "--format", "csv", "--seed", "7"])
        #expect(csv.stdout.hasPrefix("urn,name,community,at\n"))
    }
}
