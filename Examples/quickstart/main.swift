// The Getting Started walk-through as a program: load a landscape, compute betweenness, judge
// alliance patterns, print a typed result, and draw one trust through Graphviz. It uses only
// the public API of the library products, as another package would.
//
//     swift run schoolnet-quickstart [LANDSCAPE] [OUTPUT.svg]

import Foundation
import SchoolNetIO
import SchoolNetModel
import SchoolNetRender

let arguments = CommandLine.arguments.dropFirst()
let path = arguments.first ?? "Examples/demo-landscape"
let output = arguments.dropFirst().first ?? NSTemporaryDirectory() + "schoolnet-quickstart.svg"

// 1. Load a landscape (a bundle folder or a JSON file); every problem comes back as file:line.
let load = LandscapeLoader.load(path: path)
for problem in load.diagnostics { FileHandle.standardError.write(Data("\(problem)\n".utf8)) }
guard let landscape = load.landscape else { exit(1) }
print("\(landscape.schools.count) schools, \(landscape.structures.count) structures, \(landscape.links.count) links")

// 2. Betweenness on the school network (NetworkX's normalisation), the five highest.
let network = SchoolNetwork(landscape)
let betweenness = network.graph.betweenness()
print("\nHighest betweenness:")
for node in betweenness.ranking().prefix(5) {
    let school = network.schools[node.index]
    print("  \(school.urn)  \(school.name)  \(ResultText.cell(.number(betweenness.score(of: node))))")
}

// 3. Alliance patterns: every finding that says yes, with its score.
print("\nAlliance findings:")
for finding in AlliancePatterns.findings(landscape) where finding.verdict == .yes {
    print("  \(finding.structure): \(finding.pattern.rawValue), score \(ResultText.cell(.number(finding.score)))")
}

// 4. A typed result, rendered the way the command line renders it.
let hybrids = HybridStructures(landscape).result(landscape)
print("\n" + ResultText.render(hybrids.keeping(["pairs"])), terminator: "")

// 5. Draw the largest trust through the Graphviz C library.
guard
    let trust = landscape.structures.filter({ $0.kind == .mat }).max(by: {
        (landscape.members(of: $0.id).count, $1.id) < (landscape.members(of: $1.id).count, $0.id)
    })
else { exit(0) }
let part = try landscape.restricted(to: .structure(id: trust.id))
let diagram = LandscapeDiagram.make(part, options: DiagramOptions(title: trust.displayName))
let rendered = try GraphvizRenderer.shared.render(dot: DOTEncoder.encode(diagram), engine: .neato, formats: [.svg])
try AtomicFile.write(rendered.files[.svg] ?? [], to: output)
print("\nDrew \(trust.displayName) (\(part.schools.count) schools) to \(output)")
