import ArgumentParser

/// The form of a result.
enum TableFormat: String, ExpressibleByArgument, CaseIterable {
    case table, csv, json
}

/// The form of a result with no single table to write as CSV.
enum TextFormat: String, ExpressibleByArgument, CaseIterable {
    case table, json

    var tableFormat: TableFormat { self == .json ? .json : .table }
}

/// Where and in which form a per-school result goes.
struct TableOutputOptions: ParsableArguments {
    @Option(
        help: ArgumentHelp(
            "table, csv or json.",
            discussion:
                "table shows every figure and table; csv writes the main table alone (one row per school, node or statistic); json holds every figure and table."
        ))
    var format: TableFormat = .table

    @Option(name: .shortAndLong, help: "Write to this file instead of standard output.")
    var output: String?
}
