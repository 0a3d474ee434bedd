import Testing

@testable import SchoolNetModel

@Suite struct PlaceAnalysisTests {
    /// North: 1 outstanding, 2 inadequate (tied to 1 through trust M), 3 requires improvement (no
    /// tie to an outstanding school), 4 good but disadvantaged and alone. South: 5 good, 6 inadequate
    /// in cluster C with 5 only.
    func landscape() -> Landscape {
        let schools = [
            School(
                urn: "1", name: "A", localAuthority: "North", region: "R", ofsted: .outstanding, disadvantage: 0.1,
                location: Coordinate(latitude: 51.5074, longitude: -0.1278)),
            School(
                urn: "2", name: "B", localAuthority: "North", region: "R", ofsted: .inadequate,
                location: Coordinate(latitude: 48.8566, longitude: 2.3522)),
            School(urn: "3", name: "C", localAuthority: "North", region: "R", ofsted: .requiresImprovement),
            School(urn: "4", name: "D", localAuthority: "North", region: "R", ofsted: .good, disadvantage: 0.45),
            School(urn: "5", name: "E", localAuthority: "South", region: "R", ofsted: .good),
            School(urn: "6", name: "F", localAuthority: "South", region: "R", ofsted: .inadequate),
        ]
        return Landscape(
            schools: schools,
            structures: [Structure(id: "M", kind: .mat, lead: "1"), Structure(id: "C", kind: .cluster)],
            memberships: [
                Membership(structureID: "M", urn: "1"), Membership(structureID: "M", urn: "2"),
                Membership(structureID: "C", urn: "5"), Membership(structureID: "C", urn: "6"),
                Membership(structureID: "C", urn: "3"),
            ])
    }

    @Test("coverage, pairing and cold spots by local authority")
    func areas() {
        let place = PlaceAnalysis(landscape())
        #expect(place.areas.map(\.name) == ["North", "South"])
        let north = place.areas[0]
        let south = place.areas[1]
        #expect(north.coverage == 0.75)  // 1, 2, 3 of 4 in a structure
        #expect(north.lowPerformers == 2 && north.paired == 1 && north.pairing == 0.5)
        #expect(south.lowPerformers == 1 && south.paired == 0)
        #expect(
            place.coldSpots.map { "\($0.urn):\($0.reason)" } == [
                "3:low-performing", "4:disadvantaged", "6:low-performing",
            ])
        #expect(north.trustBands == [.starter: 1])
        let regions = PlaceAnalysis(landscape(), level: .region)
        #expect(regions.areas.map(\.name) == ["R"])
        #expect(regions.areas[0].pairing == 1.0 / 3.0)
    }

    @Test("thresholds change who counts: good schools as high performers pair school 6 with 5, over any tie")
    func thresholds() {
        let high = PlaceThresholds(highGrades: [.outstanding, .good])
        let place = PlaceAnalysis(landscape(), thresholds: high, ties: .any)
        #expect(place.areas[1].paired == 1)
        #expect(!place.coldSpots.contains { $0.urn == "6" })
        // A shared cluster gives no support: by the headline ties, 6 stays unpaired and a cold spot,
        // and the looser figure beside it says the cluster ties it to a high performer.
        let strict = PlaceAnalysis(landscape(), thresholds: high)
        #expect(strict.areas[1].paired == 0 && strict.areas[1].pairedAnyTie == 1)
        #expect(strict.coldSpots.contains { $0.urn == "6" } && strict.areas[1].coldSpotsAnyTie == 0)
    }

    @Test("support reaches a school by a support link from a high performer, or a trust or federation shared with one")
    func supportTies() {
        var landscape = landscape()
        landscape = Landscape(
            schools: landscape.schools, structures: landscape.structures, memberships: landscape.memberships,
            links: [
                Link(source: "1", target: "3", kind: .sleSupport), Link(source: "3", target: "1", kind: .nleSupport),
            ])
        let place = PlaceAnalysis(landscape)
        // 2 shares trust M with outstanding 1; 3 has an SLE from 1 (the link back from 3 gives 1 nothing).
        #expect(place.areas[0].paired == 2 && place.areas[0].lowPerformers == 2)
        #expect(!place.coldSpots.contains { $0.urn == "3" })
    }

    @Test("spread: authorities spanned and haversine distance London–Paris")
    func spread() {
        let spread = PlaceAnalysis(landscape()).spread
        let trust = spread.first { $0.id == "M" }!
        #expect(trust.localAuthorities == 1)
        // Python's math module, same formula and radius: 343.55653488088313 km.
        #expect(abs(trust.maxKilometres - 343.55653488088313) < 1e-9)
        #expect(spread.first { $0.id == "C" }!.meanKilometres.isNaN)
    }
}
