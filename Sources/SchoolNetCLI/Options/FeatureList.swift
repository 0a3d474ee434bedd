import ArgumentParser
import SchoolNetModel

/// `--features NAME[=WEIGHT],...` as `families`, `match` and `compare` take it.
enum FeatureList {
    /// The features named, or a usage error naming the problem.
    static func parse(_ text: String, in landscape: Landscape) throws -> [(String, Double)] {
        switch ContextFeatures.parse(text.split(separator: ",").map(String.init), in: landscape) {
        case .success(let parsed): return parsed
        case .failure(.unknown(let name)):
            throw ValidationError(
                "--features: unknown attribute '\(name)'. This landscape's school attributes: "
                    + SchoolAttribute.names(in: landscape).joined(separator: ", "))
        case .failure(.badWeight(let item)):
            throw ValidationError("--features: '\(item)': a weight must be a number above 0 (NAME=WEIGHT)")
        case .failure(.repeated(let name)):
            throw ValidationError("--features: '\(name)' is named twice")
        }
    }
}
