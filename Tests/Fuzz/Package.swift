// swift-tools-version:6.0
// Fuzz targets for schoolnet's readers, built apart from the package so that its normal build
// never needs libFuzzer: `make fuzz` (see Fuzz/README.md).
import PackageDescription

// The schoolnet package is two folders above; SwiftPM names a path dependency after its folder,
// whatever a clone is called.
let schoolnet = String(Context.packageDirectory.split(separator: "/").dropLast(2).last ?? "main").lowercased()

let fuzzFlags: [SwiftSetting] = [.unsafeFlags(["-parse-as-library"])]

let package = Package(
    name: "schoolnet-fuzz",
    dependencies: [.package(path: "../..")],
    targets: [.target(name: "FuzzDriver")]
        + [
            ("FuzzCSV", "SchoolNetIO"), ("FuzzBundle", "SchoolNetIO"), ("FuzzJSON", "SchoolNetIO"),
            ("FuzzWorkbook", "SchoolNetIO"), ("FuzzGIAS", "SchoolNetIO"), ("FuzzDOT", "SchoolNetRender"),
        ].map { name, library in
            .executableTarget(
                name: name, dependencies: ["FuzzDriver", .product(name: library, package: schoolnet)],
                swiftSettings: fuzzFlags)
        }
)
