import ArgumentParser

/// The form of a textual result.
enum TextFormat: String, ExpressibleByArgument, CaseIterable {
    case table, json
}

/// The form of a per-school result.
enum TableFormat: String, ExpressibleByArgument, CaseIterable {
    case table, csv, json
}

/// Where and in which form a per-school result goes.
struct TableOutputOptions: ParsableArguments {
    @Option(help: "table, csv or json.")
    var format: TableFormat = .table

    @Option(name: .shortAndLong, help: "Write to this file instead of standard output.")
    var output: String?
}
