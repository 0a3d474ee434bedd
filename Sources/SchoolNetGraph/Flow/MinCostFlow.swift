/// A flow network for minimum-cost maximum flow: directed edges with integer capacities and
/// non-negative costs per unit.
///
/// ``solve(from:to:)`` sends as much flow as the capacities allow from the source to the sink
/// and, among the flows of that size, one of least total cost, by successive shortest paths
/// (Edmonds and Karp 1972; Tomizawa 1971): Dijkstra's algorithm on the residual network with
/// Johnson potentials keeping reduced costs non-negative, one augmenting path at a time. Paths
/// are chosen deterministically (ties in distance go to the lower node, edges in the order
/// added), so the same network gives the same flow.
///
/// - Complexity: O(F · E log V) for a flow of F units.
/// - Matches: the optimum of NetworkX `max_flow_min_cost` (checked on the flows `schoolnet match`
///   builds).
public struct MinCostFlow: Sendable {
    struct Arc: Sendable {
        let to: Int
        var capacity: Int
        let cost: Double
    }

    private(set) var arcs: [Arc] = []
    private var outgoing: [[Int]]

    public init(nodeCount: Int) { outgoing = Array(repeating: [], count: nodeCount) }

    public var nodeCount: Int { outgoing.count }

    /// Adds an edge and returns its index, for ``flow(on:)``.
    @discardableResult
    public mutating func addEdge(from: Int, to: Int, capacity: Int, cost: Double) -> Int {
        precondition(cost >= 0 && cost.isFinite && capacity >= 0, "MinCostFlow: finite costs ≥ 0, capacities ≥ 0")
        let index = arcs.count
        arcs.append(Arc(to: to, capacity: capacity, cost: cost))
        outgoing[from].append(index)
        arcs.append(Arc(to: from, capacity: 0, cost: -cost))
        outgoing[to].append(index + 1)
        return index / 2
    }

    /// The flow on edge `edge` (an index from ``addEdge(from:to:capacity:cost:)``) after solving.
    public func flow(on edge: Int) -> Int { arcs[2 * edge + 1].capacity }

    /// Sends a maximum flow of minimum cost from `source` to `sink`.
    /// - Returns: the flow's size and its total cost.
    public mutating func solve(from source: Int, to sink: Int) -> (flow: Int, cost: Double) {
        let n = nodeCount
        var potential = [Double](repeating: 0, count: n)
        var totalFlow = 0
        var totalCost = 0.0
        while true {
            // Dijkstra on reduced costs from the source.
            var distance = [Double](repeating: .infinity, count: n)
            var via = [Int](repeating: -1, count: n)
            var done = [Bool](repeating: false, count: n)
            distance[source] = 0
            var heap = MinHeap()
            heap.push((0, source))
            while let (d, v) = heap.pop() {
                guard !done[v], d <= distance[v] else { continue }
                done[v] = true
                for a in outgoing[v] where arcs[a].capacity > 0 {
                    let u = arcs[a].to
                    let reduced = Swift.max(0, arcs[a].cost + potential[v] - potential[u])
                    let next = d + reduced
                    if next < distance[u] - 1e-12 {
                        distance[u] = next
                        via[u] = a
                        heap.push((next, u))
                    }
                }
            }
            guard distance[sink].isFinite else { break }
            for v in 0..<n where distance[v].isFinite { potential[v] += distance[v] }
            // The bottleneck along the path, then push it.
            var push = Int.max
            var v = sink
            while v != source {
                let a = via[v]
                push = Swift.min(push, arcs[a].capacity)
                v = arcs[a ^ 1].to
            }
            v = sink
            while v != source {
                let a = via[v]
                arcs[a].capacity -= push
                arcs[a ^ 1].capacity += push
                totalCost += Double(push) * arcs[a].cost
                v = arcs[a ^ 1].to
            }
            totalFlow += push
        }
        return (totalFlow, totalCost)
    }
}

/// A binary heap of (key, node) pairs, smallest key first and, on equal keys, the lower node.
struct MinHeap {
    private var items: [(Double, Int)] = []

    private static func less(_ a: (Double, Int), _ b: (Double, Int)) -> Bool { a.0 < b.0 || (a.0 == b.0 && a.1 < b.1) }

    mutating func push(_ item: (Double, Int)) {
        items.append(item)
        var i = items.count - 1
        while i > 0 {
            let parent = (i - 1) / 2
            guard Self.less(items[i], items[parent]) else { break }
            items.swapAt(i, parent)
            i = parent
        }
    }

    mutating func pop() -> (Double, Int)? {
        guard !items.isEmpty else { return nil }
        let top = items[0]
        let last = items.removeLast()
        if !items.isEmpty {
            items[0] = last
            var i = 0
            while true {
                let left = 2 * i + 1
                let right = left + 1
                var smallest = i
                if left < items.count, Self.less(items[left], items[smallest]) { smallest = left }
                if right < items.count, Self.less(items[right], items[smallest]) { smallest = right }
                guard smallest != i else { break }
                items.swapAt(i, smallest)
                i = smallest
            }
        }
        return top
    }
}
