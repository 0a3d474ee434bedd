import Testing

@testable import SchoolNetGraph

/// Minimum-cost maximum flow against every assignment of small bipartite problems.
@Suite struct MinCostFlowTests {
    @Test("on 200 random assignment problems, the flow's size and cost are the best over every assignment")
    func bruteForce() {
        var generator = SplitMix64(seed: 11)
        for trial in 0..<200 {
            let needy = 1 + Int(generator.next() % 5)
            let supporters = 1 + Int(generator.next() % 4)
            let capacity = (0..<supporters).map { _ in Int(generator.next() % 3) }
            // A cost per pair, or nil where the pair is not a candidate; costs with ties.
            let cost: [[Double?]] = (0..<needy).map { _ in
                (0..<supporters).map { _ in generator.next() % 4 == 0 ? nil : Double(generator.next() % 7) / 2 }
            }
            var flow = MinCostFlow(nodeCount: needy + supporters + 2)
            let sink = needy + supporters + 1
            for i in 0..<needy { flow.addEdge(from: 0, to: 1 + i, capacity: 1, cost: 0) }
            for j in 0..<supporters { flow.addEdge(from: 1 + needy + j, to: sink, capacity: capacity[j], cost: 0) }
            var edges: [(Int, Int, Int)] = []
            for i in 0..<needy {
                for j in 0..<supporters {
                    if let c = cost[i][j] {
                        edges.append((i, j, flow.addEdge(from: 1 + i, to: 1 + needy + j, capacity: 1, cost: c)))
                    }
                }
            }
            let (size, total) = flow.solve(from: 0, to: sink)
            // Every assignment: each school gets a supporter or none (-1).
            var best = (size: 0, cost: 0.0)
            var choice = [Int](repeating: -1, count: needy)
            func search(_ i: Int) {
                if i == needy {
                    var used = [Int](repeating: 0, count: supporters)
                    var matched = 0
                    var sum = 0.0
                    for (k, j) in choice.enumerated() where j >= 0 {
                        guard let c = cost[k][j] else { return }
                        used[j] += 1
                        matched += 1
                        sum += c
                    }
                    guard zip(used, capacity).allSatisfy({ $0 <= $1 }) else { return }
                    if matched > best.size || (matched == best.size && sum < best.cost - 1e-12) {
                        best = (matched, sum)
                    }
                    return
                }
                for j in -1..<supporters {
                    choice[i] = j
                    search(i + 1)
                }
                choice[i] = -1
            }
            search(0)
            #expect(size == best.size, "trial \(trial)")
            #expect(abs(total - best.cost) < 1e-9, "trial \(trial): \(total) against \(best.cost)")
            // The flow on the pairs is an assignment within the capacities.
            let chosen = edges.filter { flow.flow(on: $0.2) > 0 }
            #expect(Set(chosen.map(\.0)).count == chosen.count)
            for j in 0..<supporters { #expect(chosen.filter { $0.1 == j }.count <= capacity[j]) }
        }
    }
}
