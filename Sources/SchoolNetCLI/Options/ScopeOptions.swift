import ArgumentParser
import SchoolNetModel

/// Which part of the landscape a diagram shows.
struct ScopeOptions: ParsableArguments {
    @Option(name: .customLong("la"), help: "Only the schools of this local authority.")
    var localAuthority: String?

    @Option(help: "Only the schools of this region.")
    var region: String?

    @Option(help: "Only the members of this structure (its id, or its name).")
    var structure: String?

    @Option(help: "Only this school (its URN) and the schools within --radius steps of it.")
    var around: String?

    @Option(help: "With --around: how many steps (sharing any structure, or any link, is one step).")
    var radius = 1

    func validate() throws {
        let chosen = [localAuthority, region, structure, around].compactMap { $0 }
        if chosen.count > 1 { throw ValidationError("choose one of --la, --region, --structure and --around") }
        if radius < 0 { throw ValidationError("--radius must be 0 or more") }
    }

    func scope() -> LandscapeScope {
        if let localAuthority { return .localAuthority(localAuthority) }
        if let region { return .region(region) }
        if let structure { return .structure(id: structure) }
        if let around { return .neighbourhood(of: URN(around), radius: radius) }
        return .whole
    }

    /// How the caption names the scope; nil for the whole landscape.
    var caption: String? {
        if let localAuthority { return "local authority \(localAuthority)" }
        if let region { return "region \(region)" }
        if let structure { return "structure \(structure)" }
        if let around { return "schools within \(radius) step\(radius == 1 ? "" : "s") of URN \(around)" }
        return nil
    }

    /// The landscape cut to the scope; a name that matches nothing is an input error (status 1).
    /// - Parameter history: every row, when `landscape` is the state on `date`: a structure
    ///   that exists but is not active then is told apart from one that does not exist.
    func apply(to landscape: Landscape, history: Landscape? = nil, date: CalendarDate? = nil) throws -> Landscape {
        do {
            return try landscape.restricted(to: scope())
        } catch let error as LandscapeScopeError {
            if case .unknownStructure(let text, _) = error, let history, let date,
                let structure = history.structures.first(where: { $0.id == text || $0.name == text })
            {
                let period = [structure.period.start.map { "from \($0)" }, structure.period.end.map { "to \($0)" }]
                    .compactMap { $0 }.joined(separator: " ")
                Console.error(
                    "error: structure '\(structure.id)' is not active on \(date)"
                        + (period.isEmpty ? "" : " (it ran \(period))")
                        + "; give --at a date when it was, or --all-dates")
                throw ExitStatus.invalidInput
            }
            let listing =
                switch scope() {
                case .localAuthority: " (schoolnet list authorities shows them all)"
                case .region: " (schoolnet list regions shows them all)"
                case .structure: " (schoolnet list structures shows them all)"
                default: ""
                }
            Console.error("error: \(error)\(listing)")
            throw ExitStatus.invalidInput
        }
    }
}
