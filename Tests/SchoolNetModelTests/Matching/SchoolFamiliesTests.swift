import SchoolNetModel
import Testing

/// Families of schools on a landscape small enough to work out by hand.
@Suite struct SchoolFamiliesTests {
    /// Four primaries on a line of attainment (0, 1, 2, 10) with equal disadvantage, one
    /// secondary, and a primary without attainment; a custom numeric column `eal` on some.
    static func landscape() -> Landscape {
        func school(_ urn: String, _ phase: Phase, _ attainment: Double?, eal: String? = nil) -> School {
            School(
                urn: URN(urn), name: "S\(urn)", phase: phase, attainment: attainment, disadvantage: 0.2,
                custom: CustomAttributes(eal.map { [("eal", $0)] } ?? []))
        }
        return Landscape(
            schools: [
                school("1", .primary, 0, eal: "5"), school("2", .primary, 1, eal: "15"),
                school("3", .primary, 2, eal: "10"),
                school("4", .primary, 10, eal: "20"), school("5", .secondary, 1), school("6", .primary, nil),
            ],
            structures: [], memberships: [])
    }

    @Test("nearest by standardised distance within the phase; a school without the feature is listed, not matched")
    func byHand() throws {
        let landscape = Self.landscape()
        let features = ContextFeatures(landscape, features: [("phase", 1), ("attainment", 1), ("disadvantage", 1)])
        // Attainment over the five schools that have it: 0, 1, 2, 10, 1 → mean 2.8, sd √13.36.
        let scale = try #require(features.scales.first { $0.name == "attainment" })
        #expect(abs(scale.mean - 2.8) < 1e-12 && abs(scale.sd - 13.36.squareRoot()) < 1e-12)
        // Disadvantage is the same everywhere: it contributes nothing.
        let families = SchoolFamilies(landscape, features: features, size: 2)
        #expect(families.neighbours[0].map(\.school) == [1, 2])
        #expect(abs(families.neighbours[0][0].distance - 1 / 13.36.squareRoot()) < 1e-12)
        #expect(families.neighbours[0][0].terms[1] == 0)
        // School 2 (attainment 1) is as near to 1 as to 3: the tie goes to the lower URN.
        #expect(families.neighbours[1].map(\.school) == [0, 2])
        // The secondary has no other secondary; the primary without attainment is not compared.
        #expect(families.neighbours[4].isEmpty)
        #expect(families.neighbours[5].isEmpty && features.missing[5] == "attainment")
        #expect(!families.neighbours.flatMap { $0 }.contains { $0.school == 5 || $0.school == 4 })
    }

    @Test("a custom numeric column is a feature; its weight scales its term; the partition keeps strata apart")
    func customAndPartition() {
        let landscape = Self.landscape()
        let parsed = ContextFeatures.parse(["eal=4", "phase"], in: landscape)
        guard case .success(let chosen) = parsed else {
            Issue.record("eal=4 should parse")
            return
        }
        let features = ContextFeatures(landscape, features: chosen)
        #expect(features.features.first?.isNumeric == true)
        // eal: 5, 15, 10, 20 → mean 12.5, sd √31.25; schools 5 and 6 lack it.
        let families = SchoolFamilies(landscape, features: features, size: 1, partition: 2)
        let expected = 4 * (5 / 31.25.squareRoot()) * (5 / 31.25.squareRoot())
        #expect(abs(families.neighbours[1][0].terms[0] - expected) < 1e-12)
        #expect(families.neighbours[1][0].school == 2)
        #expect(families.family?[0] != nil && families.family?[4] == nil)
        #expect(Set(families.family!.compactMap { $0 }).count == 2)
        func failure(_ items: [String]) -> ContextFeatures.FeatureError? {
            if case .failure(let error) = ContextFeatures.parse(items, in: landscape) { return error }
            return nil
        }
        #expect(failure(["nosuch"]) == .unknown("nosuch"))
        #expect(failure(["eal=0"]) == .badWeight("eal=0"))
        #expect(failure(["eal", "EAL=2"]) == .repeated("EAL"))
    }
}
