import Foundation
import SchoolNetGraph
import SchoolNetModel
import SchoolNetTestSupport
import Testing

@testable import SchoolNetIO

/// The 300-school landscape made by the reference script's own generator: read with the bundle
/// reader, projected by the school view, it must be the network NetworkX built from the same files.
@Suite struct GeneratedLandscapeTests {
    static let reference = TestPaths.path("Tests/SchoolNetGraphTests/Reference")

    @Test("the school view of the generated bundle has NetworkX's edges and weights")
    func sameNetwork() throws {
        let landscape = try #require(
            LandscapeBundleReader().read(directory: Self.reference + "/Landscapes/generated-300").landscape)
        let json =
            try JSONSerialization.jsonObject(
                with: Data(contentsOf: URL(fileURLWithPath: Self.reference + "/Data/generated-300.json")))
            as! [String: Any]
        let expected = ((json["graph"] as! [String: Any])["edges"] as! [[Any]]).map {
            $0.map { ($0 as! NSNumber).doubleValue }
        }
        let network = SchoolNetwork(landscape)
        // Reference nodes are schools in URN order.
        let order = network.schools.indices.sorted { network.schools[$0].urn < network.schools[$1].urn }
        var position = [Int](repeating: 0, count: order.count)
        for (p, i) in order.enumerated() { position[i] = p }
        var ours: [[Double]] = []
        for v in network.graph.nodes {
            for edge in network.graph.edges(of: v) where position[v.index] < position[edge.neighbor.index] {
                ours.append([Double(position[v.index]), Double(position[edge.neighbor.index]), edge.weight])
            }
        }
        ours.sort { ($0[0], $0[1]) < ($1[0], $1[1]) }
        #expect(ours.count == expected.count)
        #expect(ours == expected)
    }
}
