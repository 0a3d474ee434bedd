import Foundation
import PropertyBased
import SchoolNetGraph
import SchoolNetModel
import Testing

@testable import SchoolNetIO

/// Properties that hold for every landscape, checked on random ones (swift-property-based):
/// each landscape is built from a seed, so a failure names the seed that reproduces it.
@Suite struct LandscapePropertyTests {
    /// SplitMix64: a small, fixed pseudo-random sequence from a seed.
    struct Seeded: RandomNumberGenerator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
    }

    /// A landscape of 2 to 40 schools, up to 8 structures of any kind with dated memberships,
    /// and up to 15 links of any kind.
    static func landscape(seed: Int) -> Landscape {
        var random = Seeded(state: UInt64(truncatingIfNeeded: seed))
        let n = Int.random(in: 2...40, using: &random)
        let schools = (0..<n).map { i in
            School(
                urn: URN(String(100_000 + i)), name: "School \(i)", phase: Phase.allCases.randomElement(using: &random),
                localAuthority: ["North", "South"].randomElement(using: &random),
                ofsted: Bool.random(using: &random) ? OfstedGrade.allCases.randomElement(using: &random) : nil,
                disadvantage: Bool.random(using: &random) ? Double(Int.random(in: 0...100, using: &random)) / 100 : nil)
        }
        func day() -> CalendarDate {
            CalendarDate(
                year: Int.random(in: 2010...2024, using: &random), month: Int.random(in: 1...12, using: &random), day: 1
            )!
        }
        var structures: [Structure] = []
        var memberships: [Membership] = []
        var inATrust = Set<URN>()
        for s in 0..<Int.random(in: 0...8, using: &random) {
            let kind = StructureKind.allCases.randomElement(using: &random)!
            let id = "S\(s)"
            structures.append(Structure(id: id, kind: kind, name: "Structure \(s)", period: ActivePeriod(start: day())))
            // A school is in one trust at a time, as the format requires.
            let candidates = schools.filter { kind != .mat || !inATrust.contains($0.urn) }
            guard !candidates.isEmpty else { continue }
            for school in candidates.shuffled(using: &random).prefix(
                Int.random(in: 1...min(8, candidates.count), using: &random))
            {
                if kind == .mat { inATrust.insert(school.urn) }
                memberships.append(Membership(structureID: id, urn: school.urn, period: ActivePeriod(start: day())))
            }
        }
        var links: [Link] = []
        for _ in 0..<Int.random(in: 0...15, using: &random) {
            let pair = schools.shuffled(using: &random).prefix(2).map(\.urn)
            links.append(
                Link(
                    source: pair[0], target: pair[1], kind: LinkKind.allCases.randomElement(using: &random)!,
                    period: ActivePeriod(start: day())))
        }
        return Landscape(schools: schools, structures: structures, memberships: memberships, links: links)
    }

    static let seeds = Gen.int(in: 0...Int.max)

    @Test("PageRank sums to 1 and betweenness is never negative, on any school network")
    func centrality() async {
        await propertyCheck(count: 60, input: Self.seeds) { seed in
            let network = SchoolNetwork(Self.landscape(seed: seed))
            let rank = network.graph.pageRank().values
            #expect(abs(rank.reduce(0, +) - 1) < 1e-9, "seed \(seed)")
            #expect(network.graph.betweenness().values.allSatisfy { $0 >= -1e-12 }, "seed \(seed)")
        }
    }

    @Test(
        "Louvain's partition has a modularity between -1/2 and 1 (undefined without a tie), and recomputing it gives the same"
    )
    func modularity() async {
        await propertyCheck(count: 40, input: Self.seeds) { seed in
            let graph = SchoolNetwork(Self.landscape(seed: seed)).graph
            let (partition, value) = graph.louvain()
            // Without a tie modularity is undefined (igraph's NaN; NetworkX divides by zero).
            guard graph.edgeCount > 0 else {
                #expect(value.isNaN, "seed \(seed)")
                return
            }
            #expect((-0.5...1).contains(value), "seed \(seed)")
            #expect(abs(graph.modularity(partition) - value) < 1e-9, "seed \(seed)")
        }
    }

    @Test("adding a school to a structure never lowers coverage")
    func coverageIsMonotone() async {
        await propertyCheck(count: 60, input: Self.seeds) { seed in
            let landscape = Self.landscape(seed: seed)
            guard let structure = landscape.structures.first else { return }
            let outsider = landscape.schools.first { landscape.memberships(ofSchool: $0.urn).isEmpty }
            guard let outsider else { return }
            let more = Landscape(
                schools: landscape.schools, structures: landscape.structures,
                memberships: landscape.memberships + [Membership(structureID: structure.id, urn: outsider.urn)],
                links: landscape.links)
            #expect(
                PlaceAnalysis(more).total.inStructure == PlaceAnalysis(landscape).total.inStructure + 1, "seed \(seed)")
        }
    }

    @Test("the JSON form round-trips: read back, every row is there; written again, the same bytes")
    func jsonRoundTrip() async throws {
        await propertyCheck(count: 60, input: Self.seeds) { seed in
            let landscape = Self.landscape(seed: seed)
            let path = FileManager.default.temporaryDirectory.appendingPathComponent("sn-\(seed).json").path
            defer { try? FileManager.default.removeItem(atPath: path) }
            func roundTrip(_ landscape: Landscape) -> LandscapeLoad {
                try? LandscapeJSON.encode(landscape).write(toFile: path, atomically: true, encoding: .utf8)
                return LandscapeJSON.read(path: path)
            }
            let once = roundTrip(landscape)
            #expect(once.errors.isEmpty, "seed \(seed): \(once.errors)")
            guard let read = once.landscape else { return }
            // The same rows (the reader puts them in its one order).
            #expect(Set(read.schools.map(\.urn)) == Set(landscape.schools.map(\.urn)), "seed \(seed)")
            #expect(Set(read.structures.map(\.id)) == Set(landscape.structures.map(\.id)), "seed \(seed)")
            func pairs(_ l: Landscape) -> [String] {
                l.memberships.map { "\($0.structureID)|\($0.urn)|\($0.period.start?.description ?? "")" }.sorted()
            }
            #expect(pairs(read) == pairs(landscape), "seed \(seed)")
            func ties(_ l: Landscape) -> [String] {
                l.links.map { "\($0.source)|\($0.target)|\($0.kind.rawValue)|\($0.period.start?.description ?? "")" }
                    .sorted()
            }
            #expect(ties(read) == ties(landscape), "seed \(seed)")
            // And from then on, the same bytes.
            let text = LandscapeJSON.encode(read)
            #expect(roundTrip(read).landscape.map(LandscapeJSON.encode) == text, "seed \(seed)")
        }
    }

    @Test("the CSV bundle round-trips: written and read back, the same landscape as the JSON form gives")
    func bundleRoundTrip() async throws {
        await propertyCheck(count: 40, input: Self.seeds) { seed in
            let landscape = Self.landscape(seed: seed)
            let folder = FileManager.default.temporaryDirectory.appendingPathComponent("sn-bundle-\(seed)").path
            let path = folder + ".json"
            defer {
                try? FileManager.default.removeItem(atPath: folder)
                try? FileManager.default.removeItem(atPath: path)
            }
            try? LandscapeBundleWriter.write(landscape, to: folder)
            let bundle = LandscapeBundleReader().read(directory: folder)
            #expect(bundle.errors.isEmpty, "seed \(seed): \(bundle.errors)")
            try? LandscapeJSON.encode(landscape).write(toFile: path, atomically: true, encoding: .utf8)
            let json = LandscapeJSON.read(path: path)
            #expect(
                bundle.landscape.map(LandscapeJSON.encode) == json.landscape.map(LandscapeJSON.encode), "seed \(seed)")
        }
    }

    @Test("as at a day before everything the files record, nothing is active")
    func beforeEverything() async {
        await propertyCheck(count: 60, input: Self.seeds) { seed in
            let landscape = Self.landscape(seed: seed)
            guard let first = landscape.recordedDates?.lowerBound else { return }
            let before = landscape.active(at: CalendarDate(year: first.year - 1, month: 1, day: 1)!)
            #expect(before.structures.isEmpty && before.memberships.isEmpty && before.links.isEmpty, "seed \(seed)")
            #expect(before.schools.count == landscape.schools.count)
        }
    }

    @Test("in the clique projection a school's neighbours are exactly the schools it shares a structure or link with")
    func projection() async {
        await propertyCheck(count: 60, input: Self.seeds) { seed in
            let landscape = Self.landscape(seed: seed)
            let network = SchoolNetwork(landscape)
            for (i, school) in network.schools.enumerated() {
                var expected = Set<URN>()
                for membership in landscape.memberships(ofSchool: school.urn) {
                    expected.formUnion(landscape.members(of: membership.structureID))
                }
                for link in landscape.links where link.source == school.urn || link.target == school.urn {
                    expected.insert(link.source == school.urn ? link.target : link.source)
                }
                expected.remove(school.urn)
                let actual = Set(network.graph.neighbors(of: NodeID(i)).map { network.schools[$0.index].urn })
                #expect(actual == expected, "seed \(seed), school \(school.urn)")
            }
        }
    }
}
