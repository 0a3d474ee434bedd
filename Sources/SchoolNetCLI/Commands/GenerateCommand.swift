import ArgumentParser
import Foundation
import SchoolNetIO
import SchoolNetModel

/// `schoolnet generate --scale la|region|england --seed N -o DIR`: a synthetic landscape with
/// planted patterns and its ground truth.
struct GenerateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "generate",
        abstract:
            "Write a synthetic landscape of realistic size and shape, with planted patterns and their ground truth.",
        discussion: """
            Scales: la (about 150 schools), region (about 2,500 in 15 local authorities), england \
            (about 20,000 in 150). Planted per local authority (every third one at England scale): \
            a hierarchical alliance, an exclusive partnership, a marketised trust and a TSA-led \
            MAT, listed in ground-truth.json beside the bundle, so that detection can be scored by \
            precision and recall. --no-plant writes the plain landscape. --shape overlapping \
            makes clusters overlap, so that few schools are structurally identical (the \
            benchmarks' second family).
            """
    )

    @Option(help: "la, region or england.")
    var scale = ChoiceArgument(SyntheticScale.la)

    @Option(
        help:
            "partitioned (clusters split the primaries) or overlapping (schools join several nearby clusters and small partnerships, so few schools are structurally identical)."
    )
    var shape = ChoiceArgument(SyntheticShape.partitioned)

    @Option(help: "The generator's seed: the same seed writes the same files.")
    var seed: UInt64 = 1

    @Flag(inversion: .prefixedNo, help: "Plant patterns and write their ground truth.")
    var plant = true

    @Option(name: .shortAndLong, help: "The folder to write (created if missing).")
    var output: String

    @OptionGroup var chatter: QuietOption

    func run() throws {
        let (landscape, truth) = SyntheticLandscape.generate(scale.value, seed: seed, plant: plant, shape: shape.value)
        try OutputFiles.makeFolder(output)
        try OutputFiles.writing(output) {
            try LandscapeBundleWriter.write(landscape, to: output)
            if plant {
                let json = JSONValue.object([
                    "schoolnet_version": .string(Release.version),
                    "scale": .string(scale.value.rawValue),
                    "seed": Int(exactly: seed).map(JSONValue.integer) ?? .string(String(seed)),
                    "patterns": .array(
                        truth.patterns.map {
                            .object(["structure": .string($0.structure), "pattern": .string($0.pattern.rawValue)])
                        }),
                    "hybrids": .array(
                        truth.hybrids.map {
                            .object([
                                "tsa": .string($0.tsa), "mat": .string($0.mat), "lead": .string($0.lead.rawValue),
                                "kinds": .array([.string("tsa"), .string("mat")]),
                            ])
                        }),
                ]).text
                try AtomicFile.write(json, to: (output as NSString).appendingPathComponent("ground-truth.json"))
            }
        }
        Console.note(
            "wrote \(output): \(landscape.schools.count) schools, \(landscape.structures.count) structures, "
                + "\(landscape.memberships.count) memberships, \(landscape.links.count) links"
                + (plant
                    ? "; \(truth.patterns.count) planted patterns, \(truth.hybrids.count) planted TSA-led MATs" : ""))
    }
}
