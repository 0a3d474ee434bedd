import ArgumentParser

/// The form of a textual result.
enum TextFormat: String, ExpressibleByArgument, CaseIterable {
    case table, json
}

/// The form of a per-school result.
enum TableFormat: String, ExpressibleByArgument, CaseIterable {
    case table, csv, json
}
