import SchoolNetGraph

/// Positions in the school network: a core and a periphery (Borgatti and Everett 2000), or
/// groups of structurally equivalent schools (tied to the same others) with the block image
/// between them.
public struct PositionsReport: Sendable {
    public enum Method: Sendable, Equatable {
        case corePeriphery
        case equivalence(ProfileDistance, positions: Int)
    }

    /// The most schools the equivalence method takes: it holds every pair's distance.
    public static let equivalenceLimit = 4_000

    public let method: Method
    public let weighted: Bool
    public let network: SchoolNetwork
    /// The position of each school, numbered in order of first appearance; ``positionNames``
    /// names them (`core` and `periphery`, or `P1`, `P2`, …).
    public let positions: Partition
    public let positionNames: [String]
    /// Core–periphery: the discrete partition and the continuous coreness.
    public let discrete: CorePeripheryPartition?
    public let coreness: Coreness?
    /// Ties, pairs and density within and between positions (0/1 ties), every block.
    public let blocks: [BlockDensity]
    /// The network's density: a block at or above it is a 1 in the block image (the α-density
    /// criterion, Wasserman and Faust 1994, p. 400).
    public let density: Double

    /// - Complexity: core–periphery O(n² + m) per Kernighan–Lin pass (11 starts); equivalence
    ///   O(n² + Σ deg²) time and O(n²) memory.
    public init(_ landscape: Landscape, selection: NetworkSelection, method: Method, weighted: Bool) {
        var undirected = selection
        undirected.directed = false
        network = SchoolNetwork(landscape, selection: undirected)
        let graph = network.graph
        self.method = method
        self.weighted = weighted
        let n = Double(graph.nodeCount)
        density = n > 1 ? Double(graph.edgeCount) / (n * (n - 1) / 2) : .nan
        switch method {
        case .corePeriphery:
            let discrete = graph.discreteCorePeriphery()
            self.discrete = discrete
            coreness = graph.continuousCoreness(weighted: weighted)
            positions = Partition(labels: discrete.isCore)
            positionNames = positions.communities.map { discrete.isCore[$0[0]] ? "core" : "periphery" }
        case .equivalence(let distance, let k):
            discrete = nil
            coreness = nil
            let clustering = HierarchicalClustering(
                distances: graph.profileDistances(distance, weighted: weighted), count: graph.nodeCount)
            positions = clustering.clusters(k)
            positionNames = (0..<positions.count).map { "P\($0 + 1)" }
        }
        blocks = BlockDensity.all(graph, groups: positions, includeEmpty: true)
    }
}
