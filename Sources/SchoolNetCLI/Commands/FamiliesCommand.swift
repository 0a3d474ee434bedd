import ArgumentParser
import SchoolNetIO
import SchoolNetModel

/// `schoolnet families LANDSCAPE`: each school's most similar schools by context.
struct FamiliesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "families",
        abstract: "Families of schools: each school's most similar schools by context, and why.",
        discussion: """
            Numeric features (attainment, disadvantage, pupils, latitude, longitude, or a column \
            of your own whose values are all numbers) are standardised over the schools that have \
            them (population standard deviation) and weighted (--features disadvantage=2,...); \
            the distance is the root of the weighted squared differences, and each feature's term \
            is listed so you can see why two schools are alike. Other features (phase, governance, \
            la, ...) are strata: schools are compared only with schools of the same value, as the \
            DfE's families of schools were drawn within a phase. A school lacking a chosen feature \
            is not compared, and is listed with the reason. Ties in distance go to the lower URN. \
            --partition N also cuts each stratum into N families by average-linkage clustering. \
            --format csv writes the nearest-schools table.
            """
    )

    @OptionGroup var input: LandscapeOptions

    @Option(help: "Comma-separated features, each NAME or NAME=WEIGHT (default: phase,disadvantage,attainment,pupils).")
    var features: String?

    @Option(help: "The most similar schools listed for each school.")
    var size = 10

    @Option(help: "Also cut each stratum into this many families.")
    var partition: Int?

    @OptionGroup var destination: TableOutputOptions

    func validate() throws {
        guard size >= 1 else { throw ValidationError("--size must be at least 1") }
        if let partition, partition < 1 { throw ValidationError("--partition must be at least 1") }
    }

    func run() throws {
        let loaded = try input.load()
        let landscape = loaded.landscape
        // A default feature no school has would exclude every school: it is left out, and said so.
        let unknown = ContextFeatures.defaults.filter { name in
            !landscape.schools.contains { SchoolAttribute.value(name, of: $0) != nil }
        }
        let items =
            features.map { $0.split(separator: ",").map(String.init) }
            ?? ContextFeatures.defaults.filter { !unknown.contains($0) }
        var context = loaded.context()
        if features == nil && !unknown.isEmpty {
            context.notes.append(
                "No school has \(unknown.joined(separator: " or ")): left out of the default features.")
        }
        let chosen = try FeatureList.parse(items.joined(separator: ","), in: landscape)
        let families = SchoolFamilies(
            landscape, features: ContextFeatures(landscape, features: chosen), size: size, partition: partition)
        try Console.emit(
            families.result(landscape, context: context), format: destination.format,
            table: destination.format == .table ? nil : "families", to: destination.output)
    }
}
