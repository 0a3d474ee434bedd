import Foundation

/// Compares text with a committed golden file. With `RECORD_GOLDENS=1` in the environment it
/// writes the file instead and reports that it did, so a recording run never passes silently.
public enum GoldenFile {
    public enum Outcome: Equatable {
        case matches
        case differs(firstDifference: String)
        case recorded
        case missing
    }

    public static func compare(_ actual: String, with path: String) -> Outcome {
        if ProcessInfo.processInfo.environment["RECORD_GOLDENS"] == "1" {
            try? FileManager.default.createDirectory(
                atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
            try? actual.write(toFile: path, atomically: true, encoding: .utf8)
            return .recorded
        }
        guard let expected = try? String(contentsOfFile: path, encoding: .utf8) else { return .missing }
        if expected == actual { return .matches }
        let a = actual.components(separatedBy: "\n")
        let e = expected.components(separatedBy: "\n")
        for i in 0..<max(a.count, e.count) {
            let x = i < a.count ? a[i] : "<end>"
            let y = i < e.count ? e[i] : "<end>"
            if x != y { return .differs(firstDifference: "line \(i + 1):\n  actual:   \(x)\n  expected: \(y)") }
        }
        return .differs(firstDifference: "(line endings)")
    }
}
