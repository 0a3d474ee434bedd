extension CSRGraph {
    /// Whether the E-I index of a partition differs from chance: the group labels are shuffled
    /// among the nodes (group sizes and the network fixed, as UCINET's E-I permutation test) and
    /// the index recomputed each time.
    ///
    /// - Returns: the outcome for the network's index and for each group's.
    /// - Complexity: O(N (n + m)) for N permutations.
    public func eiIndexPermutationTest(groups partition: Partition, permutations: Int, seed: UInt64)
        -> (network: PermutationOutcome, groups: [PermutationOutcome])
    {
        let observed = eiIndex(groups: partition)
        var random = Permutations(seed: seed)
        var network: [Double] = []
        var groups = [[Double]](repeating: [], count: partition.count)
        for _ in 0..<max(0, permutations) {
            let shuffled = random.shuffled(partition.membership)
            let renumbered = Partition(shuffled)
            let index = eiIndex(groups: renumbered)
            network.append(index.network)
            // Partition renumbers by first appearance: map each group back to its own number.
            var original = [Int](repeating: 0, count: renumbered.count)
            for (label, number) in zip(shuffled, renumbered.membership) { original[number] = label }
            for (number, label) in original.enumerated() { groups[label].append(index.groups[number]) }
        }
        return (
            PermutationOutcome(observed: observed.network, permuted: network),
            groups.indices.map { PermutationOutcome(observed: observed.groups[$0], permuted: groups[$0]) }
        )
    }

    /// Whether assortativity by a category differs from chance: the categories are shuffled
    /// among the nodes that have one (nodes without stay out), and r recomputed each time.
    ///
    /// - Complexity: O(N (n + m + k²)) for N permutations and k categories.
    public func assortativityPermutationTest<Category: Hashable>(
        categories: [Category?], permutations: Int, seed: UInt64
    ) -> PermutationOutcome {
        let known = categories.indices.filter { categories[$0] != nil }
        let values = known.map { categories[$0]! }
        var random = Permutations(seed: seed)
        var permuted: [Double] = []
        var shuffled = categories
        for _ in 0..<max(0, permutations) {
            for (position, value) in zip(known, random.shuffled(values)) { shuffled[position] = value }
            permuted.append(assortativity(categories: shuffled))
        }
        return PermutationOutcome(observed: assortativity(categories: categories), permuted: permuted)
    }
}
