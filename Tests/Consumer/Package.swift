// swift-tools-version:6.0
// A package that uses schoolnet's libraries as any other package would. It depends on this
// repository by path (another package writes `.package(url: …, from: …)`, as the README shows),
// picks the SchoolNetGraph, SchoolNetModel and SchoolNetIO products, none of which needs the
// Graphviz C library, and builds one program. `make consumer`, part of `make test`, builds and
// runs it and checks that it links no Graphviz library.
import Foundation
import PackageDescription

// A package depended on by path is known by its folder's name, whatever the clone is called.
let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../..")
let schoolnet = root.standardizedFileURL.lastPathComponent.lowercased()

let package = Package(
    name: "schoolnet-consumer",
    platforms: [.macOS(.v13)],
    dependencies: [.package(path: "../..")],
    targets: [
        .executableTarget(
            name: "schoolnet-consumer",
            dependencies: [
                .product(name: "SchoolNetGraph", package: schoolnet),
                .product(name: "SchoolNetModel", package: schoolnet),
                .product(name: "SchoolNetIO", package: schoolnet),
            ]
        )
    ]
)
