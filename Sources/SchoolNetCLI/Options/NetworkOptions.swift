import ArgumentParser
import SchoolNetGraph
import SchoolNetModel

/// Which school network a command analyses.
struct NetworkOptions: ParsableArguments {
    @Option(
        help: ArgumentHelp(
            "Comma-separated layers (default: all).",
            discussion:
                "Structure layers: co-mat, co-tsa, co-federation, co-cluster, co-partnership, co-hub, co-other (or mat, tsa, …). Link layers: nle-support, lle-support, sle-support, partnership, traded-service, other."
        ))
    var layers: String?

    @Option(help: "How a structure ties its members: clique (every pair) or star (lead to each member).")
    var projection = ChoiceArgument(ProjectionKind.clique)

    func validate() throws { _ = try selection() }

    /// The options as given, for a command line that repeats them; nothing for a default.
    var arguments: [String] {
        (layers.map { ["--layers", $0] } ?? [])
            + (projection.value == .clique ? [] : ["--projection", projection.value.rawValue])
    }

    /// The layers the user named (as canonical layer names), nil when all layers are used.
    var chosenLayerNames: [String]? {
        guard layers != nil, let selection = try? selection() else { return nil }
        return selection.layers.sorted().map(\.description)
    }

    func selection(directed: Bool = false) throws -> NetworkSelection {
        guard let layers else { return NetworkSelection(projection: projection.value, directed: directed) }
        return NetworkSelection(layers: try Self.layers(layers), projection: projection.value, directed: directed)
    }

    /// The layers named in a comma-separated list (`co-mat` or `mat`, `nle-support`, …); a usage
    /// error names an unknown one and lists those allowed.
    static func layers(_ layers: String) throws -> Set<Layer> {
        var chosen: Set<Layer> = []
        for name in layers.split(separator: ",").map({ $0.trimmingCharacters(in: .whitespaces).lowercased() }) {
            if let layer = Layer(name: name) ?? Layer(name: "co-" + name) {
                chosen.insert(layer)
            } else {
                throw ValidationError(
                    "unknown layer '\(name)'; allowed: \(Layer.all.map(\.description).joined(separator: ", "))")
            }
        }
        return chosen
    }
}
