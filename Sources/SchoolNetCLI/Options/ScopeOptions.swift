import ArgumentParser
import SchoolNetModel

/// Which part of the landscape a diagram shows.
struct ScopeOptions: ParsableArguments {
    @Option(name: .customLong("la"), help: "Only the schools of this local authority.")
    var localAuthority: String?

    @Option(help: "Only the schools of this region.")
    var region: String?

    @Option(help: "Only the members of this structure (its id).")
    var structure: String?

    @Option(help: "Only this school (its URN) and the schools within --radius steps of it.")
    var around: String?

    @Option(help: "With --around: how many steps (a shared structure or a link is one step).")
    var radius = 1

    func validate() throws {
        let chosen = [localAuthority, region, structure, around].compactMap { $0 }
        if chosen.count > 1 { throw ValidationError("choose one of --la, --region, --structure and --around") }
        if radius < 0 { throw ValidationError("--radius must be 0 or more") }
    }

    func scope(layers: Set<Layer>) -> LandscapeScope {
        if let localAuthority { return .localAuthority(localAuthority) }
        if let region { return .region(region) }
        if let structure { return .structure(id: structure) }
        if let around { return .neighbourhood(of: URN(around), radius: radius, layers: layers) }
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

    /// The landscape cut to the scope; an unknown name or an empty scope is a usage error.
    func apply(to landscape: Landscape, layers: Set<Layer>) throws -> Landscape {
        do {
            return try landscape.restricted(to: scope(layers: layers))
        } catch let error as LandscapeScopeError {
            Console.error("error: \(error)")
            throw ExitStatus.invalidInput
        }
    }
}
