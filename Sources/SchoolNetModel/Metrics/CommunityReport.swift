import SchoolNetGraph

/// Communities detected in the school network and how far they follow the formal structures.
public struct CommunityReport: Sendable {
    public let partition: Partition
    public let modularity: Double
    /// NMI and ARI against each kind of structure present in the landscape.
    public let agreement: [(kind: StructureKind, nmi: Double, ari: Double)]
    public let options: LouvainOptions

    /// - Complexity: that of `CSRGraph/louvain(_:)`, plus O(n) per structure kind.
    public init(_ network: SchoolNetwork, landscape: Landscape, options: LouvainOptions = LouvainOptions()) {
        let (partition, modularity) = network.graph.louvain(options)
        self.partition = partition
        self.modularity = modularity
        self.options = options
        let kinds = Set(landscape.structures.map(\.kind)).sorted()
        agreement = kinds.map { kind in
            let formal = landscape.formalPartition(of: kind)
            return (
                kind, PartitionAgreement.normalizedMutualInformation(partition, formal),
                PartitionAgreement.adjustedRandIndex(partition, formal)
            )
        }
    }
}
