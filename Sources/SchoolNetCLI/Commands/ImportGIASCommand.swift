import ArgumentParser
import Foundation
import SchoolNetIO

/// `schoolnet import-gias FILE… -o LANDSCAPE`: the Department for Education's register in, a
/// landscape bundle out, with every input row accounted for.
struct ImportGIASCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import-gias",
        abstract:
            "Import GIAS bulk extracts (establishments, groups, group links, academies and trusts, establishment links) into a landscape bundle.",
        discussion: """
            Files may be given in any order; each is recognised by its header row, and columns are \
            matched by name. UTF-8 (with or without BOM) or Windows-1252, CRLF or LF; dates \
            dd-mm-yyyy, dd/mm/yyyy or ISO; placeholders ("Not applicable", "Not recorded", \
            999…) read as unknown. Writes the four bundle files, lineage.csv (establishment links) \
            and import-report.txt (rows = imported + skipped for every file, then every skipped \
            or repaired row as file:line: message). An unreadable or unrecognised file is an \
            error (exit 1) and nothing is written.
            """
    )

    @Argument(help: "GIAS CSV extracts.")
    var files: [String]

    @Option(name: .shortAndLong, help: "The landscape folder to write (created if missing).")
    var output: String

    @Option(
        name: .customLong("la"),
        help: "Keep only this local authority's schools (repeatable), with their structures and lineage.")
    var localAuthorities: [String] = []

    @Flag(
        help:
            "Keep children's centres, colleges, universities and the other establishments that are not schools, and children's centres groups (left out by default, each counted as skipped)."
    )
    var keepNonSchools = false

    @Flag(help: "Print every skipped or repaired row, not only the count.")
    var verbose = false

    @OptionGroup var chatter: QuietOption

    func run() throws {
        let progress = ProgressLine.start()
        defer { progress?.finish() }
        let result = GIASImporter.run(
            paths: files, localAuthorities: localAuthorities, keepNonSchools: keepNonSchools, progress: progress)
        progress?.finish()
        for line in result.accountLines { Console.note(line) }
        if let restriction = result.restriction { Console.note(restriction) }
        let errors = result.diagnostics.filter { $0.severity == .error }
        let warnings = result.diagnostics.filter { $0.severity == .warning }
        for diagnostic in errors { Console.error(diagnostic.description) }
        if verbose { for diagnostic in warnings { Console.error(diagnostic.description) } }
        guard errors.isEmpty else {
            Console.error("\(errors.count) error(s); nothing written")
            throw ExitStatus.invalidInput
        }
        try OutputFiles.makeFolder(output)
        try OutputFiles.writing(output) { try result.write(to: output) }
        Console.note(
            "wrote \(output): \(result.contentLine); \(warnings.count) skipped or repaired row(s) and notes in \(output)/import-report.txt"
        )
    }
}
