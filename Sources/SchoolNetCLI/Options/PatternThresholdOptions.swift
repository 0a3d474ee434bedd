import ArgumentParser
import Foundation
import SchoolNetModel

/// The alliance patterns' thresholds, one by one or from a JSON file: the choices of
/// `patterns`, which `report` takes too.
struct PatternThresholdOptions: ParsableArguments {
    @Option(name: .customLong("threshold"), help: "name=value; repeatable.")
    var settings: [String] = []

    @Option(help: "A JSON file of thresholds (missing names keep their defaults).")
    var thresholdsFile: String?

    func thresholds() throws -> PatternThresholds {
        var thresholds = PatternThresholds()
        if let thresholdsFile {
            guard let data = FileManager.default.contents(atPath: thresholdsFile) else {
                throw ValidationError("cannot read --thresholds-file \(thresholdsFile)")
            }
            do { thresholds = try JSONDecoder().decode(PatternThresholds.self, from: data) } catch {
                throw ValidationError("\(thresholdsFile): not a JSON object of thresholds")
            }
        }
        for setting in settings {
            let parts = setting.split(separator: "=", maxSplits: 1).map(String.init)
            guard parts.count == 2, let value = Double(parts[1]) else {
                throw ValidationError("--threshold takes name=value; got '\(setting)'")
            }
            do { try thresholds.set(parts[0], value) } catch PatternThresholds.SettingError.unknown(let name) {
                throw ValidationError(
                    "unknown threshold '\(name)'; known: \(PatternThresholds.names.joined(separator: ", "))")
            } catch {
                throw ValidationError(
                    "threshold \(parts[0]) must be \(PatternThresholds.domain(of: parts[0])); got \(parts[1])")
            }
        }
        return thresholds
    }

    /// The options as given, for a command line that repeats them.
    var arguments: [String] {
        settings.flatMap { ["--threshold", $0] } + (thresholdsFile.map { ["--thresholds-file", $0] } ?? [])
    }
}
