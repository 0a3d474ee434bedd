import Foundation

/// Where the tests find the repository's files, wherever the package is checked out.
public enum TestPaths {
    /// The package root, found from this file's path.
    public static let packageRoot: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// `Examples/<name>`.
    public static func example(_ name: String) -> String {
        packageRoot.appendingPathComponent("Examples").appendingPathComponent(name).path
    }

    /// A path under the package root.
    public static func path(_ relative: String) -> String {
        packageRoot.appendingPathComponent(relative).path
    }

    /// The built `schoolnet` executable next to the test bundle (`swift build` builds it with
    /// the tests), or nil when it has not been built.
    public static var schoolnetBinary: String? { binary("schoolnet") }

    /// A built executable of the package (`schoolnet`, `schoolnet-quickstart`), or nil.
    public static func binary(_ name: String) -> String? {
        var folders: [URL] = []
        if let exe = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe") {
            folders.append(URL(fileURLWithPath: exe).deletingLastPathComponent())
        }
        folders.append(Bundle.main.bundleURL)
        folders.append(Bundle.main.bundleURL.deletingLastPathComponent())
        return folders.map { $0.appendingPathComponent(name).path }
            .first { FileManager.default.isExecutableFile(atPath: $0) }
    }
}
