// Loads a landscape with SchoolNetIO, builds its school network with SchoolNetModel and ranks
// the schools by betweenness with SchoolNetGraph: the three products another package can use
// without Graphviz.
//
//     swift run --package-path Tests/Consumer schoolnet-consumer [LANDSCAPE]

import Foundation
import SchoolNetGraph
import SchoolNetIO
import SchoolNetModel

let path = CommandLine.arguments.dropFirst().first ?? "Examples/demo-landscape"
let load = LandscapeLoader.load(path: path)
for problem in load.diagnostics { FileHandle.standardError.write(Data("\(problem)\n".utf8)) }
guard let landscape = load.landscape else { exit(1) }

let network = SchoolNetwork(landscape)
let betweenness = network.graph.betweenness()
guard let top = betweenness.ranking().first else {
    print("no schools in \(path)")
    exit(1)
}
let school = network.schools[top.index]
print("schoolnet \(Release.version): \(landscape.schools.count) schools, \(network.graph.edgeCount) ties")
print("highest betweenness: \(school.urn) \(school.name) \(betweenness.score(of: top))")
