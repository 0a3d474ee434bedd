/// Average-linkage hierarchical clustering (UPGMA; Sokal and Michener 1958): start with every
/// item alone and repeatedly merge the two clusters whose mean distance between members is
/// smallest.
public struct HierarchicalClustering: Sendable {
    public struct Merge: Sendable, Equatable {
        /// The smallest item of each merged cluster.
        public let first: Int
        public let second: Int
        /// The mean distance between their members.
        public let height: Double
        /// Items in the merged cluster.
        public let size: Int
    }

    public let itemCount: Int
    /// The n − 1 merges by ascending height (ties in the order found).
    public let merges: [Merge]

    /// Clusters a dense, symmetric n × n matrix of distances (row order) by the nearest-neighbour
    /// chain (Murtagh 1983), exact for average linkage, with the Lance–Williams update.
    ///
    /// - Complexity: O(n²) time and memory.
    /// - Matches: SciPy `cluster.hierarchy.linkage(method="average")`; clusters as
    ///   `fcluster(Z, k, criterion="maxclust")`.
    public init(distances: [Double], count n: Int) {
        itemCount = n
        var d = distances
        var size = [Int](repeating: 1, count: n)
        var active = [Bool](repeating: true, count: n)
        var smallest = Array(0..<n)
        var merges: [Merge] = []
        var chain: [Int] = []
        var remaining = n
        while remaining > 1 {
            if chain.isEmpty { chain.append(active.firstIndex(of: true)!) }
            let a = chain[chain.count - 1]
            let previous = chain.count > 1 ? chain[chain.count - 2] : -1
            // The nearest active cluster to a, preferring the previous link on ties (so the
            // chain ends in a reciprocal pair), then the lowest index.
            var nearest = previous
            var best = previous >= 0 ? d[a * n + previous] : Double.infinity
            for b in 0..<n where active[b] && b != a && d[a * n + b] < best {
                best = d[a * n + b]
                nearest = b
            }
            if nearest == previous {
                chain.removeLast(2)
                let (keep, drop) = (min(a, nearest), max(a, nearest))
                merges.append(
                    Merge(
                        first: min(smallest[a], smallest[nearest]), second: max(smallest[a], smallest[nearest]),
                        height: best, size: size[a] + size[nearest]))
                for k in 0..<n where active[k] && k != keep && k != drop {
                    let value =
                        (Double(size[keep]) * d[keep * n + k] + Double(size[drop]) * d[drop * n + k])
                        / Double(size[keep] + size[drop])
                    d[keep * n + k] = value
                    d[k * n + keep] = value
                }
                size[keep] += size[drop]
                smallest[keep] = min(smallest[keep], smallest[drop])
                active[drop] = false
                remaining -= 1
            } else {
                chain.append(nearest)
            }
        }
        // Stable: equal heights keep the order they were found in.
        self.merges = merges.enumerated().sorted { ($0.element.height, $0.offset) < ($1.element.height, $1.offset) }
            .map(\.element)
    }

    /// The clusters after all but the last k − 1 merges: each item's cluster, numbered in order
    /// of first appearance.
    public func clusters(_ k: Int) -> Partition {
        var sets = DisjointSets(count: itemCount)
        for merge in merges.prefix(Swift.max(0, itemCount - Swift.max(1, k))) { sets.union(merge.second, merge.first) }
        return Partition((0..<itemCount).map { sets.find($0) })
    }
}
