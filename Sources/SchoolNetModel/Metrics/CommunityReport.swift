import SchoolNetGraph

/// Communities detected in the school network and how far they follow the formal structures.
public struct CommunityReport: Sendable {
    public let partition: Partition
    /// Modularity (resolution 1, weighted as the method) of the partition, whatever the method.
    public let modularity: Double
    /// The method's own objective: modularity at its resolution, or CPM's quality.
    public let quality: Double
    /// NMI and ARI against each kind of structure present in the landscape, over the schools in
    /// a structure of that kind (each in its first, by id); `coverage` is their share of all
    /// schools. Schools in none are left out: as groups of one each they would count as
    /// agreement with any partition that also isolates them. With a single structure of the
    /// kind there is nothing to agree with, and both are NaN (undefined).
    public let agreement: [(kind: StructureKind, nmi: Double, ari: Double, coverage: Double)]
    public let method: CommunityMethod
    /// Per kind of structure present, how many of each structure's members are in each community.
    public let crosstab: [StructureCrosstab]

    /// - Complexity: that of the method (`CSRGraph/louvain(_:)` or `CSRGraph/leiden(_:)`), plus
    ///   O(n + memberships) per structure kind.
    public init(
        _ network: SchoolNetwork, landscape: Landscape, method: CommunityMethod = .louvain(LouvainOptions())
    ) {
        let (partition, quality) = method.detect(network.graph)
        self.partition = partition
        self.quality = quality
        modularity = network.graph.modularity(partition, weighted: method.weighted)
        self.method = method
        let kinds = Set(landscape.structures.map(\.kind)).sorted()
        let membership = partition.membership
        agreement = kinds.map { kind in
            let formal = landscape.formalPartition(of: kind).membership
            let members = Set(
                landscape.memberships.filter { landscape.structure($0.structureID)?.kind == kind }.map(\.urn))
            let covered = landscape.schools.indices.filter { members.contains(landscape.schools[$0].urn) }
            let detected = Partition(labels: covered.map { membership[$0] })
            let formalCovered = Partition(labels: covered.map { formal[$0] })
            // With one structure of the kind there is no grouping to agree with: undefined.
            let comparable = formalCovered.count > 1
            return (
                kind, comparable ? PartitionAgreement.normalizedMutualInformation(detected, formalCovered) : .nan,
                comparable ? PartitionAgreement.adjustedRandIndex(detected, formalCovered) : .nan,
                landscape.schools.isEmpty ? .nan : Double(covered.count) / Double(landscape.schools.count)
            )
        }
        crosstab = StructureCrosstab.all(landscape, communities: membership)
    }
}
