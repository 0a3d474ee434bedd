import ArgumentParser
import Foundation
import SchoolNetGraph
import SchoolNetIO
import SchoolNetModel
import SchoolNetRender

/// `schoolnet-bench`: times loading, projection and every measure on synthetic landscapes, in
/// release builds; and, for the comparison script, one measure on a given edge list.
public struct BenchCommand: ParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "schoolnet-bench",
        abstract: "Benchmarks on synthetic landscapes (build with -c release).",
        subcommands: [Landscape.self, Measure.self, Teachers.self], defaultSubcommand: Landscape.self)

    public init() {}

    /// The whole pipeline on a generated landscape.
    struct Landscape: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Generate, write, load, project, measure and render.")

        @Option(help: "la, region or england.") var scale: String = "la"
        @Option(help: "Generator seed.") var seed: UInt64 = 1
        @Option(help: "partitioned or overlapping clusters.") var shape: String = "partitioned"
        @Option(help: "Repetitions per measure (the median is reported).") var repetitions = 3
        @Option(help: "Comma-separated measures of `schoolnet metrics`, components, louvain, leiden (default: all).")
        var measures: String?
        @Option(help: "Write the all-layers school network as an edge list here.") var edges: String?
        @Option(help: "Write the bundle here (default: a temporary folder).") var bundle: String?

        func run() throws {
            guard let scale = SyntheticScale(rawValue: scale) else { throw ValidationError("unknown scale") }
            guard let shape = SyntheticShape(rawValue: shape) else { throw ValidationError("unknown shape") }
            let (landscape, generate) = Stopwatch.time { SyntheticLandscape.generate(scale, seed: seed, shape: shape) }
            let folder =
                bundle ?? NSTemporaryDirectory() + "schoolnet-bench-\(scale.rawValue)-\(shape.rawValue)-\(seed)"
            try LandscapeBundleWriter.write(landscape, to: folder)
            let (load, loading) = Stopwatch.time { LandscapeBundleReader().read(directory: folder) }
            guard let loaded = load.landscape else {
                throw ValidationError("generated bundle did not load: \(load.errors.first!)")
            }
            let (network, projecting) = Stopwatch.time { SchoolNetwork(loaded) }
            if let edges { try EdgeList.write(network.graph, to: edges) }
            print(
                "scale \(scale.rawValue), \(shape.rawValue): \(loaded.schools.count) schools, \(loaded.structures.count) structures, "
                    + "\(loaded.memberships.count) memberships, \(loaded.links.count) links; "
                    + "network \(network.graph.nodeCount) nodes, \(network.graph.edgeCount) ties")
            report("generate", generate)
            report("load", loading)
            report("project", projecting)
            let chosen = measures.map { Set($0.split(separator: ",").map(String.init)) }
            for measure in SchoolMeasure.allCases where chosen?.contains(measure.rawValue) ?? true {
                let seconds = Stopwatch.median(repetitions) { _ = SchoolMetrics(network, measures: [measure]) }
                report(measure.rawValue, seconds)
            }
            for workload in [Workload.components, .louvain, .leiden] where chosen?.contains(workload.rawValue) ?? true {
                let seconds = Stopwatch.median(repetitions) { _ = workload.run(on: network.graph) }
                report(workload.rawValue, seconds)
            }
            let authority = loaded.schools.first?.localAuthority
            let local = SchoolNetModel.Landscape(
                schools: loaded.schools.filter { $0.localAuthority == authority },
                structures: loaded.structures,
                memberships: loaded.memberships.filter { loaded.school($0.urn)?.localAuthority == authority },
                links: loaded.links.filter {
                    loaded.school($0.source)?.localAuthority == authority
                        && loaded.school($0.target)?.localAuthority == authority
                })
            let used = Set(local.memberships.map(\.structureID))
            let area = SchoolNetModel.Landscape(
                schools: local.schools, structures: local.structures.filter { used.contains($0.id) },
                memberships: local.memberships, links: local.links)
            let render = Stopwatch.median(repetitions) {
                _ = try? GraphvizRenderer.shared.render(
                    dot: DOTEncoder.encode(LandscapeDiagram.make(area)), engine: .neato, formats: [.svg])
            }
            report("render", render, note: "one local authority: \(area.schools.count) schools, SVG, neato")
        }
    }

    static func report(_ label: String, _ seconds: Double, note: String = "") {
        let padded = label.padding(toLength: 14, withPad: " ", startingAt: 0)
        print(padded + String(format: "%11.6f s", seconds) + (note.isEmpty ? "" : "  (\(note))"))
    }

    /// The teacher-level network, written as an edge list for `measure` and the peers.
    struct Teachers: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Generate a teacher-level network and write its edge list.")

        @Option(help: "People in the network.") var people = 500_000
        @Option(help: "Generator seed.") var seed: UInt64 = 1
        @Option(help: "Write the edge list here.") var edges: String

        func run() throws {
            let (graph, seconds) = Stopwatch.time { TeacherNetwork.make(people: people, seed: seed) }
            try EdgeList.write(graph, to: edges)
            print(
                "teacher network: \(graph.nodeCount) people, \(graph.edgeCount) ties, generated in \(String(format: "%.2f", seconds)) s"
            )
        }
    }

    /// One measure on an edge list, timed without the reading; for the comparison script.
    struct Measure: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Time one measure on an edge list; print seconds.")

        @Option(help: "The edge list (node count, then 'u v' lines).") var edges: String
        @Option(help: "The measure.") var measure: String
        @Option(help: "Write the values here, one per line.") var values: String?
        @Option(help: "The seed of Louvain and Leiden.") var seed: UInt64 = 1

        func run() throws {
            guard let workload = Workload(rawValue: measure) else {
                throw ValidationError("unknown measure \(measure)")
            }
            let graph = try EdgeList.read(edges)
            let (result, seconds) = Stopwatch.time { workload.run(on: graph, seed: seed) }
            if let values {
                try result.map { NumberFormat.exact($0) }.joined(separator: "\n").write(
                    toFile: values, atomically: true, encoding: .utf8)
            }
            print(String(format: "%.6f", seconds))
        }
    }
}
