import SchoolNetGraph
import SchoolNetTestSupport
import Testing

@testable import SchoolNetModel

@Suite struct SchoolNetworkTests {
    @Test("co-members are tied with the layers they share")
    func layers() {
        let network = SchoolNetwork(LandscapeFixtures.small())
        // Schools 100002 and 100003 (nodes 1 and 2) share the MAT and the cluster.
        let tie = network.graph.edges(of: NodeID(1)).first { $0.neighbor == NodeID(2) }
        #expect(tie?.layers.schoolLayers == [.structure(.mat), .structure(.cluster)])
        #expect(tie?.weight == 2)
        let support = network.graph.edges(of: NodeID(0)).first { $0.neighbor == NodeID(4) }
        #expect(support?.layers.schoolLayers == [.link(.nleSupport)])
    }

    @Test("choosing layers leaves the others out")
    func layerSelection() {
        let network = SchoolNetwork(LandscapeFixtures.small(), layers: [.structure(.cluster)])
        #expect(network.graph.edgeCount == 3)
        #expect(network.graph.components().count == 3)
    }

    @Test("layer names round-trip")
    func layerNames() {
        for layer in Layer.all { #expect(Layer(name: layer.description) == layer) }
        #expect(Layer(name: "co-mat") == .structure(.mat))
        #expect(Layer(name: "nle-support") == .link(.nleSupport))
    }
}
