import ArgumentParser
import SchoolNetIO

/// `schoolnet validate LANDSCAPE`: checks a landscape and lists every problem.
struct ValidateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate",
        abstract: "Check a landscape and report every problem as file:line: message.",
        discussion: "Exits with 0 when the landscape loads (warnings allowed), 1 when it has errors."
    )

    @OptionGroup var input: LandscapeOptions

    func run() throws {
        let loaded = try input.load(default: .allRows)
        let landscape = loaded.landscape
        Console.print(
            "\(input.landscape): valid: \(landscape.schools.count) schools, "
                + "\(landscape.structures.count) structures, \(landscape.memberships.count) memberships, "
                + "\(landscape.links.count) links\n" + loaded.dateNotes.map { "Note: \($0)\n" }.joined())
    }
}
