import Foundation
import SchoolNetModel

/// Loads a landscape from wherever it is kept: a bundle folder, a JSON file written by
/// ``LandscapeJSON/encode(_:)`` (a path ending in `.json`), or a workbook (`.xlsx`,
/// ``LandscapeWorkbook``).
///
/// ```swift
/// let load = LandscapeLoader.load(path: "Examples/demo-landscape")
/// for problem in load.diagnostics { print(problem) }
/// guard let landscape = load.landscape else { fatalError("the landscape has errors") }
/// ```
///
/// - Complexity: O(total size of the input).
public enum LandscapeLoader {
    /// Reads the landscape at `path`, checking every row; `landscape` is nil when it has errors
    /// (in ``LoadMode/strict`` mode, any problem is an error).
    public static func load(path: String, mode: LoadMode = .strict) -> LandscapeLoad {
        let lowered = path.lowercased()
        if lowered.hasSuffix(".json") { return LandscapeJSON.read(path: path, mode: mode) }
        if lowered.hasSuffix(".xlsx") { return LandscapeWorkbook.read(path: path, mode: mode) }
        return LandscapeBundleReader(mode: mode).read(directory: path)
    }
}
