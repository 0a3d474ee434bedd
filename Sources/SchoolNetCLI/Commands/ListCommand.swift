import ArgumentParser
import SchoolNetIO
import SchoolNetModel

/// `schoolnet list authorities|regions|structures|attributes LANDSCAPE`: what a landscape holds,
/// so that scopes and attributes can be named as they are spelled there.
struct ListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: "List a landscape's local authorities, regions, structures or school attributes.",
        discussion: """
            authorities and regions: each name with its schools (what --la and --region take); \
            structures: each id, kind, name, members and dates (what --structure takes, by id or \
            name); attributes: the school attributes with how many schools have a value (what \
            --groups, --colour-by and --size-by take).
            """
    )

    @Argument(help: "authorities, regions, structures or attributes.")
    var listing: ChoiceArgument<LandscapeInventory.Listing>

    @OptionGroup var input: LandscapeOptions
    @OptionGroup var destination: TableOutputOptions

    func run() throws {
        let loaded = try input.load(default: .allRows)
        let landscape = loaded.landscape
        try Console.emit(
            LandscapeInventory.result(landscape, listing: listing.value, context: loaded.context()),
            format: destination.format, to: destination.output)
    }
}
