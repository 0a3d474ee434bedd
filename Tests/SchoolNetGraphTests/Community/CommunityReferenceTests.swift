import Testing

@testable import SchoolNetGraph

/// Modularity, Louvain, partition agreement and assortativity on Zachary's karate club, against
/// NetworkX and igraph.
@Suite struct CommunityReferenceTests {
    let karate = ReferenceData.load("karate")

    var clubs: Partition {
        Partition(labels: (karate.raw["graph"] as! [String: Any])["groups"] as! [String])
    }

    @Test("modularity of the club split equals NetworkX's and igraph's")
    func modularity() {
        let ours = karate.graph.modularity(clubs)
        #expect(agrees(ours, karate.number("club_modularity_nx")!, tolerance: 1e-12))
        #expect(agrees(ours, karate.number("club_modularity_igraph")!, tolerance: 1e-12))
        let multilevel = Partition(
            (karate.measures["multilevel_membership_igraph"] as! [Any]).map { Int(jsonNumber($0)) })
        #expect(
            agrees(
                karate.graph.modularity(multilevel), karate.number("multilevel_modularity_igraph")!, tolerance: 1e-12))
    }

    @Test(
        "Louvain reaches igraph's modularity to within 0.005, the same partition for the same seed",
        arguments: [1, 2, 3, 42] as [UInt64])
    func louvain(seed: UInt64) {
        let result = karate.graph.louvain(LouvainOptions(seed: seed))
        #expect(result.modularity >= karate.number("multilevel_modularity_igraph")! - 0.005)
        #expect(agrees(result.modularity, karate.graph.modularity(result.partition), tolerance: 1e-12))
        #expect(karate.graph.louvain(LouvainOptions(seed: seed)).partition == result.partition)
    }

    @Test("NMI and ARI between the club split and igraph's communities equal igraph's")
    func agreement() {
        let multilevel = Partition(
            (karate.measures["multilevel_membership_igraph"] as! [Any]).map { Int(jsonNumber($0)) })
        #expect(
            agrees(
                PartitionAgreement.normalizedMutualInformation(clubs, multilevel),
                karate.number("club_vs_multilevel_nmi_igraph")!, tolerance: 1e-12))
        #expect(
            agrees(
                PartitionAgreement.adjustedRandIndex(clubs, multilevel),
                karate.number("club_vs_multilevel_ari_igraph")!, tolerance: 1e-12))
        #expect(PartitionAgreement.normalizedMutualInformation(clubs, clubs) == 1)
        #expect(agrees(PartitionAgreement.adjustedRandIndex(clubs, clubs), 1, tolerance: 1e-15))
    }

    @Test("assortativity by club equals NetworkX's and igraph's")
    func assortativity() {
        let labels = (karate.raw["graph"] as! [String: Any])["groups"] as! [String]
        let ours = karate.graph.assortativity(categories: labels.map { Optional($0) })
        #expect(agrees(ours, karate.number("club_assortativity_nx")!, tolerance: 1e-12))
        #expect(agrees(ours, karate.number("club_assortativity_igraph")!, tolerance: 1e-12))
    }

    @Test("Louvain finds the two cliques of a barbell")
    func barbell() {
        let barbell = SmallGraphs.barbell(size: 4)
        let result = barbell.louvain()
        #expect(result.partition.membership == [0, 0, 0, 0, 1, 1, 1, 1])
    }
}
