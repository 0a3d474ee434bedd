import Testing

@testable import SchoolNetGraph

/// Permutation tests: the p-value arithmetic, and the stated properties of QAP and the label
/// permutations (a network against itself is as extreme as can be; against an unrelated one
/// the p-value is spread evenly over seeds).
@Suite struct SignificanceTests {
    static func random(_ n: Int, ties: Int, seed: UInt64) -> CSRGraph {
        var generator = SplitMix64(seed: seed)
        var builder = GraphBuilder(nodeCount: n)
        var added = Set<[Int]>()
        while added.count < ties {
            let a = Int(generator.next() % UInt64(n))
            let b = Int(generator.next() % UInt64(n))
            guard a != b, added.insert([min(a, b), max(a, b)]).inserted else { continue }
            builder.addEdge(NodeID(a), NodeID(b), weight: Double(1 + generator.next() % 3))
        }
        return builder.build()
    }

    @Test("p-values count the observed among the permutations; NaN statistics are left out")
    func arithmetic() {
        let outcome = PermutationOutcome(observed: 3, permuted: [1, 2, 3, 4, .nan])
        #expect(outcome.permutations == 4)
        #expect(outcome.expected == 2.5)
        #expect(outcome.pUpper == 3.0 / 5 && outcome.pLower == 4.0 / 5 && outcome.pTwoSided == 1)
        #expect(abs(outcome.standardDeviation - 1.25.squareRoot()) < 1e-15)
        let extreme = PermutationOutcome(observed: 10, permuted: [1, 2, 3])
        #expect(extreme.pUpper == 0.25 && extreme.pTwoSided == 0.5)
        #expect(PermutationOutcome(observed: .nan, permuted: [1]).pUpper.isNaN)
    }

    @Test("QAP: a network against itself has r = 1 and the smallest p; relabelling both alike changes nothing")
    func itself() {
        let graph = Self.random(60, ties: 150, seed: 3)
        let outcome = QAP.test(graph, graph, permutations: 199, seed: 5)
        #expect(abs(outcome.observed - 1) < 1e-12)
        #expect(outcome.pUpper == 1.0 / 200)
        #expect(abs(outcome.expected) < 0.1)
        #expect(QAP.test(graph, graph, permutations: 199, seed: 5) == outcome)
        // Relabelling the nodes of both networks alike leaves the correlation as it was.
        let other = Self.random(60, ties: 150, seed: 4)
        var random = Permutations(seed: 9)
        let order = random.shuffled(Array(0..<60))
        func relabelled(_ g: CSRGraph) -> CSRGraph {
            var builder = GraphBuilder(nodeCount: 60)
            for v in g.nodes {
                for edge in g.edges(of: v) where v.index < edge.neighbor.index {
                    builder.addEdge(NodeID(order[v.index]), NodeID(order[edge.neighbor.index]), weight: edge.weight)
                }
            }
            return builder.build()
        }
        #expect(abs(QAP.correlation(graph, other) - QAP.correlation(relabelled(graph), relabelled(other))) < 1e-12)
    }

    @Test("QAP: against unrelated random networks the p-value is spread evenly over seeds")
    func uniformUnderTheNull() {
        let fixed = Self.random(50, ties: 120, seed: 1)
        let p = (0..<60).map { seed in
            QAP.test(fixed, Self.random(50, ties: 120, seed: 100 + UInt64(seed)), permutations: 99, seed: UInt64(seed))
                .pUpper
        }
        let mean = p.reduce(0, +) / Double(p.count)
        #expect(mean > 0.38 && mean < 0.62, "mean p \(mean)")
        // About 5 % at or below 0.05, and each quarter of [0, 1] holds a fair share.
        #expect(p.filter { $0 <= 0.05 }.count <= 8)
        for quarter in 0..<4 {
            let share = p.filter { $0 > Double(quarter) / 4 && $0 <= Double(quarter + 1) / 4 }.count
            #expect(share >= 7 && share <= 24, "quarter \(quarter): \(share) of 60")
        }
    }

    @Test("E-I and assortativity: two cliques split by a bridge are far from chance; random labels are not")
    func labels() {
        let graph = SmallGraphs.barbell(size: 10)
        let split = Partition((0..<20).map { $0 < 10 ? 0 : 1 })
        let test = graph.eiIndexPermutationTest(groups: split, permutations: 499, seed: 2)
        #expect(test.network.observed < -0.95)
        #expect(test.network.pLower == 1.0 / 500)
        #expect(test.groups.count == 2 && test.groups.allSatisfy { $0.pLower == 1.0 / 500 })
        // The two groups are the same size: their expected indices agree.
        #expect(abs(test.groups[0].expected - test.groups[1].expected) < 0.05)
        let assortativity = graph.assortativityPermutationTest(
            categories: split.membership.map { Optional($0) }, permutations: 499, seed: 2)
        #expect(assortativity.observed > 0.9 && assortativity.pUpper == 1.0 / 500)
        // Labels unrelated to the ties: far from extreme.
        let scattered = Partition((0..<20).map { $0 % 2 })
        let random = graph.eiIndexPermutationTest(groups: scattered, permutations: 499, seed: 2)
        #expect(random.network.pTwoSided > 0.05)
    }
}

extension SignificanceTests {
    @Test("MRQAP: the outcome's own ties as a predictor are as extreme as can be; an unrelated one spreads p evenly")
    func mrqap() {
        let outcome = Self.random(30, ties: 80, seed: 7)
        let related = MRQAP(outcome, on: [outcome, Self.random(30, ties: 80, seed: 8)], permutations: 99, seed: 1)
        #expect(related.tests[0].pUpper == 0.01)
        #expect(abs(related.coefficients[1] - 1) < 1e-9 && abs(related.rSquared - 1) < 1e-9)
        let p = (0..<40).map { seed in
            MRQAP(
                outcome,
                on: [
                    Self.random(30, ties: 80, seed: 200 + UInt64(seed)),
                    Self.random(30, ties: 60, seed: 300 + UInt64(seed)),
                ],
                permutations: 99, seed: UInt64(seed)
            ).tests[0].pUpper
        }
        let mean = p.reduce(0, +) / Double(p.count)
        #expect(mean > 0.35 && mean < 0.65, "mean p \(mean)")
        #expect(p.filter { $0 <= 0.05 }.count <= 6)
    }
}
