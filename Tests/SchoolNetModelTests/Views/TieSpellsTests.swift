import SchoolNetGraph
import SchoolNetModel
import Testing

/// When ties exist, from the dates of what makes them, pair by pair as the projection ties them.
@Suite struct TieSpellsTests {
    static func date(_ text: String) -> CalendarDate { CalendarDate(iso: text)! }

    /// A trust led from its `lead` column by school 1 (no membership row), with members 2 and 3
    /// at different times, and 4 whose membership overlaps 2's.
    static func landscape() -> Landscape {
        let schools = (1...4).map { School(urn: URN(String($0)), name: "S\($0)") }
        let trust = Structure(
            id: "T", kind: .mat, lead: "1", period: ActivePeriod(start: date("2015-01-01"), end: nil))
        let memberships = [
            Membership(
                structureID: "T", urn: "2", period: ActivePeriod(start: date("2016-01-01"), end: date("2018-01-01"))),
            Membership(structureID: "T", urn: "3", period: ActivePeriod(start: date("2019-01-01"), end: nil)),
            Membership(
                structureID: "T", urn: "4", period: ActivePeriod(start: date("2017-01-01"), end: date("2020-01-01"))),
        ]
        return Landscape(schools: schools, structures: [trust], memberships: memberships)
    }

    @Test("cliques: intersections of both memberships and the structure; a pair never together exists on no day")
    func cliques() {
        let landscape = Self.landscape()
        let network = SchoolNetwork(landscape, layers: [.structure(.mat)])
        let spells = TieSpells(landscape, network: network)
        #expect(spells.spells(1, 3) == [ActivePeriod(start: Self.date("2017-01-01"), end: Self.date("2018-01-01"))])
        #expect(spells.spells(1, 2) == nil)
        #expect(spells.spells(2, 3) == [ActivePeriod(start: Self.date("2019-01-01"), end: Self.date("2020-01-01"))])
        // Not tied at all: no spells, and not "never".
        #expect(spells.spells(0, 1) == [])
    }

    @Test("stars: the lead with no membership row ties to each member over the member's time in the structure")
    func stars() {
        let landscape = Self.landscape()
        let network = SchoolNetwork(
            landscape, selection: NetworkSelection(layers: [.structure(.mat)], projection: .star))
        let spells = TieSpells(landscape, network: network)
        #expect(spells.spells(0, 1) == [ActivePeriod(start: Self.date("2016-01-01"), end: Self.date("2018-01-01"))])
        #expect(spells.spells(0, 2) == [ActivePeriod(start: Self.date("2019-01-01"), end: nil)])
        // Members are not tied to each other in a star.
        #expect(spells.spells(1, 3) == [])
    }

    @Test("the day before crosses months, years and leap days")
    func previousDay() {
        #expect(Self.date("2024-03-01").previousDay == Self.date("2024-02-29"))
        #expect(Self.date("2023-03-01").previousDay == Self.date("2023-02-28"))
        #expect(Self.date("2024-01-01").previousDay == Self.date("2023-12-31"))
        #expect(Self.date("2024-05-17").previousDay == Self.date("2024-05-16"))
    }
}

extension TieSpellsTests {
    @Test("a lead named in the lead column leads only while its own membership is active, at a date as in the spells")
    func leadAtDate() {
        let schools = (1...4).map { School(urn: URN(String($0)), name: "S\($0)") }
        let trust = Structure(id: "T2", kind: .mat, lead: "4")
        let memberships = [
            Membership(structureID: "T2", urn: "4", role: .lead, period: ActivePeriod(start: Self.date("2018-01-01"))),
            Membership(structureID: "T2", urn: "3", period: ActivePeriod(start: Self.date("2016-01-01"))),
        ]
        let landscape = Landscape(schools: schools, structures: [trust], memberships: memberships)
        let selection = NetworkSelection(layers: [.structure(.mat)], projection: .star)
        let spells = TieSpells(landscape, network: SchoolNetwork(landscape, selection: selection))
        #expect(spells.spells(3, 2) == [ActivePeriod(start: Self.date("2018-01-01"))])
        for (day, tied) in [("2017-01-01", false), ("2019-01-01", true)] {
            let then = landscape.active(at: Self.date(day))
            #expect((then.structures.first?.lead != nil) == tied, "\(day)")
            let graph = SchoolNetwork(then, selection: selection).graph
            #expect(graph.hasEdge(NodeID(3), NodeID(2)) == tied, "\(day)")
        }
    }
}
