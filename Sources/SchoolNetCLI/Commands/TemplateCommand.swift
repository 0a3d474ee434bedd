import ArgumentParser
import Foundation
import SchoolNetIO

/// `schoolnet template -o FILE`: an empty landscape to fill in.
struct TemplateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "template",
        abstract: "Write an empty landscape to fill in: a workbook (.xlsx) or a folder of CSV files.",
        discussion: """
            A workbook has a sheet of instructions, a sheet per table (schools, structures, \
            memberships, links) with its column names in the first row, and a sheet listing every \
            column with whether it is needed, what it means and the values it allows. A folder gets \
            the four CSV files with their headers, columns.csv and instructions.txt. Every command \
            reads either once filled in. Written atomically; an existing file or folder is not \
            overwritten.
            """
    )

    @Option(name: .shortAndLong, help: "The workbook (ending .xlsx) or the folder to write.")
    var output: String

    @OptionGroup var chatter: QuietOption

    func run() throws {
        guard !FileManager.default.fileExists(atPath: output) else {
            Console.error("error: \(output) already exists; the template does not overwrite anything")
            throw ExitStatus.cannotWrite
        }
        if output.lowercased().hasSuffix(".xlsx") {
            let bytes = try LandscapeTemplate.workbook()
            try OutputFiles.writing(output) { try AtomicFile.write(bytes, to: output) }
        } else {
            try OutputFiles.makeFolder(output)
            for (name, text) in LandscapeTemplate.files() {
                let path = (output as NSString).appendingPathComponent(name)
                try OutputFiles.writing(path) { try AtomicFile.write(text, to: path) }
            }
        }
        Console.note("wrote \(output); fill it in, then: schoolnet validate \(output)")
    }
}
