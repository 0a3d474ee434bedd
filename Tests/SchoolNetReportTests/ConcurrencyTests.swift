import Foundation
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
            ResultJSON.render(communities.result(network)),
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

    @Test("a generated authority's analyses (parallel betweenness inside) from 4 tasks at once: the same bytes")
    func generated() async throws {
        let landscape = SyntheticLandscape.generate(.la, seed: 7)
        let serial = try Self.outputs(landscape, withReport: false)
        let parallel = try await Self.concurrently(4) { try Self.outputs(landscape, withReport: false) }
        for run in parallel { #expect(run == serial) }
    }
}
