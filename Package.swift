// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "schoolnet",
    platforms: [.macOS(.v13)],
    products: [
        .library(name: "SchoolNetGraph", targets: ["SchoolNetGraph"]),
        .library(name: "SchoolNetModel", targets: ["SchoolNetModel"]),
        .library(name: "SchoolNetIO", targets: ["SchoolNetIO"]),
        .library(name: "SchoolNetRender", targets: ["SchoolNetRender"]),
        .library(name: "SchoolNetReport", targets: ["SchoolNetReport"]),
        .executable(name: "schoolnet", targets: ["schoolnet"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/apple/swift-numerics", from: "1.0.0"),
        .package(url: "https://github.com/swiftlang/swift-docc-plugin", from: "1.4.0"),
        .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.20"),
        .package(url: "https://github.com/x-sheep/swift-property-based", from: "2.0.1"),
    ],
    targets: [
        // MARK: C library (Graphviz, found by pkg-config; see Sources/CGraphviz/shim.h)
        .systemLibrary(
            name: "CGraphviz",
            pkgConfig: "libgvc",
            providers: [.apt(["libgraphviz-dev", "pkg-config"]), .brew(["graphviz", "pkgconf"])]
        ),

        // MARK: Libraries
        .target(
            name: "SchoolNetGraph",
            dependencies: [.product(name: "RealModule", package: "swift-numerics")]
        ),
        .target(
            name: "SchoolNetModel",
            dependencies: ["SchoolNetGraph", .product(name: "RealModule", package: "swift-numerics")]
        ),
        .target(
            name: "SchoolNetIO",
            dependencies: [
                "SchoolNetModel", .product(name: "ZIPFoundation", package: "ZIPFoundation"),
            ]),
        .target(name: "SchoolNetRender", dependencies: ["SchoolNetModel", "CGraphviz"]),
        .target(name: "SchoolNetReport", dependencies: ["SchoolNetIO", "SchoolNetRender"]),
        .target(
            name: "SchoolNetCLI",
            dependencies: [
                "SchoolNetIO", "SchoolNetRender", "SchoolNetReport",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),

        .target(
            name: "SchoolNetBench",
            dependencies: [
                "SchoolNetIO", "SchoolNetRender",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),

        // MARK: Executables
        .executableTarget(name: "schoolnet", dependencies: ["SchoolNetCLI", "SchoolNetIO"]),
        .executableTarget(name: "schoolnet-bench", dependencies: ["SchoolNetBench"]),

        // MARK: Examples (built and run by the tests, as another package would use the libraries)
        .executableTarget(
            name: "schoolnet-quickstart",
            dependencies: ["SchoolNetIO", "SchoolNetRender"],
            path: "Examples/quickstart"
        ),

        // MARK: Tests
        .target(
            name: "SchoolNetTestSupport",
            dependencies: ["SchoolNetModel", "SchoolNetIO"],
            path: "Tests/SchoolNetTestSupport"
        ),
        .testTarget(
            name: "SchoolNetGraphTests",
            dependencies: ["SchoolNetGraph"],
            exclude: ["Reference/Data", "Reference/Landscapes", "Reference/generate_reference.py"]
        ),
        .testTarget(
            name: "SchoolNetModelTests",
            dependencies: ["SchoolNetModel", "SchoolNetTestSupport"],
            exclude: ["Reference/Data", "Reference/generate_overlap_reference.py"]
        ),
        .testTarget(
            name: "SchoolNetIOTests",
            dependencies: [
                "SchoolNetIO", "SchoolNetTestSupport", .product(name: "PropertyBased", package: "swift-property-based"),
            ],
            exclude: ["Fixtures", "Reference"]
        ),
        .testTarget(
            name: "SchoolNetRenderTests",
            dependencies: ["SchoolNetRender", "SchoolNetTestSupport"],
            exclude: ["Goldens"]
        ),
        .testTarget(
            name: "SchoolNetReportTests",
            dependencies: ["SchoolNetReport", "SchoolNetTestSupport"]
        ),
        .testTarget(
            name: "SchoolNetCLITests",
            dependencies: ["SchoolNetCLI", "SchoolNetReport", "SchoolNetTestSupport"],
            exclude: ["Acceptance", "Reference"]
        ),
    ]
)
