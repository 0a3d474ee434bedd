import ArgumentParser

/// The form of a textual result.
enum TextFormat: String, ExpressibleByArgument, CaseIterable {
    case table, json
}
