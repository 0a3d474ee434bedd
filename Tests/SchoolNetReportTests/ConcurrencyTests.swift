import Foundation
import SchoolNetGraph
import SchoolNetIO
import SchoolNetModel
import SchoolNetRender
import SchoolNetTestSupport
import Testing

@testable import SchoolNetReport

/// Analyses, exports, renders and whole reports started from many tasks at once give the bytes
/// they give one at a time. `make tsan` runs this suite under Thread Sanitizer, which fails it on
/// any data race (Graphviz, which is not thread-safe, is called under one lock).
@Suite struct ConcurrencyTests {
    /// Everything one run produces, as text.
    static func outputs(_ landscape: Landscape, withReport: Bool) throws -> [String] {
        let network = SchoolNetwork(landscape)
        let metrics = SchoolMetrics(network, measures: SchoolMeasure.all)
        let communities = CommunityReport(network, landscape: landscape)
        var texts = [
            ResultJSON.render(metrics.result(network)),
            ResultJSON.render(communities.result(network, landscape: landscape)),
            GraphMLWriter.write(ExportGraph.schoolNetwork(landscape)),
            GEXFWriter.write(ExportGraph.affiliation(landscape)),
            PajekWriter.write(ExportGraph.schoolNetwork(landscape)),
            LandscapeJSON.encode(landscape),
        ]
        if withReport {
            texts.append(try LandscapeReport.make(landscape, options: ReportOptions(title: "Demo", source: "demo")))
            let dot = DOTEncoder.encode(LandscapeDiagram.make(landscape))
            let svg = try GraphvizRenderer.shared.render(dot: dot, engine: .sfdp, formats: [.svg]).files[.svg] ?? []
            texts.append(String(decoding: svg, as: UTF8.self))
        }
        return texts
    }

    static func concurrently(_ copies: Int, _ body: @escaping @Sendable () throws -> [String]) async throws
        -> [[String]]
    {
        try await withThrowingTaskGroup(of: [String].self) { group in
            for _ in 0..<copies { group.addTask { try body() } }
            return try await group.reduce(into: []) { $0.append($1) }
        }
    }

    @Test("the demo's report, diagrams, analyses and exports from 4 tasks at once: the same bytes as one at a time")
    func demo() async throws {
        let landscape = try #require(LandscapeFixtures.demo())
        let serial = try Self.outputs(landscape, withReport: true)
        #expect(serial.count == 8 && serial.allSatisfy { !$0.isEmpty })
        let parallel = try await Self.concurrently(4) { try Self.outputs(landscape, withReport: true) }
        #expect(parallel.count == 4)
        for run in parallel { #expect(run == serial) }
    }

    @Test("Louvain and Leiden on a graph large enough to move, refine and merge on two cores, from 4 tasks at once")
    func largeCommunities() async throws {
        // 50 groups of 100 nodes numbered group by group, dense inside, sparse across: Leiden's
        // first level moves in two halves, refines in two parts and merges in two halves.
        var random = SplitMix64(seed: 5)
        var builder = GraphBuilder(nodeCount: 5_000)
        for a in 0..<5_000 {
            for _ in 0..<5 {
                let b =
                    Double.random(in: 0..<1, using: &random) < 0.9
                    ? (a / 100) * 100 + Int.random(in: 0..<100, using: &random)
                    : Int.random(in: 0..<5_000, using: &random)
                if b != a { builder.addEdge(NodeID(a), NodeID(b)) }
            }
        }
        let graph = builder.build()
        @Sendable func partitions() -> [String] {
            [
                graph.louvain().partition.membership.map(String.init).joined(separator: " "),
                graph.leiden().partition.membership.map(String.init).joined(separator: " "),
            ]
        }
        let serial = partitions()
        let parallel = try await Self.concurrently(4) { partitions() }
        for run in parallel { #expect(run == serial) }
    }

    @Test("a generated authority's analyses (parallel betweenness inside) from 4 tasks at once: the same bytes")
    func generated() async throws {
        let landscape = SyntheticLandscape.generate(.la, seed: 7)
        let serial = try Self.outputs(landscape, withReport: false)
        let parallel = try await Self.concurrently(4) { try Self.outputs(landscape, withReport: false) }
        for run in parallel { #expect(run == serial) }
    }

    @Test("files written and workbooks read from 8 threads at once: every file whole, every read the same")
    func filesAndWorkbooks() throws {
        let landscape = try #require(LandscapeFixtures.demo())
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let json = LandscapeJSON.encode(landscape)
        let book = try WorkbookWriter.bytes([
            .init(
                name: "schools",
                rows: [["urn", "name", "phase"]] + landscape.schools.map { [$0.urn.rawValue, $0.name, "primary"] })
        ])
        let bookPath = folder.path + "/book.xlsx"
        try AtomicFile.write(book, to: bookPath)
        let reference = try WorkbookReader.read(path: bookPath)
        let outcomes = Outcomes(count: 8)
        let base = folder.path
        // Threads, not tasks: the cooperative pool may run tasks one after another.
        DispatchQueue.concurrentPerform(iterations: 8) { i in
            for round in 0..<10 {
                let path = base + "/out-\(i % 2).json"
                try? AtomicFile.write(json + "\n", to: path)
                let read = try? WorkbookReader.read(path: bookPath)
                if read == reference, round == 9 { outcomes.mark(i) }
            }
        }
        #expect(outcomes.all)
        for i in 0..<2 {
            #expect(try String(contentsOfFile: folder.path + "/out-\(i).json", encoding: .utf8) == json + "\n")
        }
        let left = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.contains(".tmp-") }
        #expect(left.isEmpty)
    }

    final class Outcomes: @unchecked Sendable {
        private var marks: [Bool]
        private let lock = NSLock()
        init(count: Int) { marks = Array(repeating: false, count: count) }
        func mark(_ i: Int) { lock.withLock { marks[i] = true } }
        var all: Bool { lock.withLock { marks.allSatisfy { $0 } } }
    }
}
