import Testing

@testable import SchoolNetModel

@Suite struct LandscapeChangeTests {
    let d = { (s: String) in CalendarDate(iso: s)! }

    /// School 1 leaves cluster C for trust M in 2018; federation F (1 and 2) becomes trust N in 2019,
    /// where school 3 also joins; school 2 leads F then N, and leads TSA T from 2019 (a hybrid lead
    /// of N and T).
    func landscape() -> Landscape {
        Landscape(
            schools: (1...3).map { School(urn: URN("\($0)"), name: "S\($0)") },
            structures: [
                Structure(id: "C", kind: .cluster),
                Structure(id: "M", kind: .mat, period: ActivePeriod(start: d("2018-01-01"))),
                Structure(
                    id: "F", kind: .federation, lead: "2",
                    period: ActivePeriod(start: d("2010-01-01"), end: d("2019-09-01"))),
                Structure(id: "N", kind: .mat, lead: "2", period: ActivePeriod(start: d("2019-09-01"))),
                Structure(id: "T", kind: .tsa, lead: "2", period: ActivePeriod(start: d("2019-01-01"))),
            ],
            memberships: [
                Membership(structureID: "C", urn: "1", period: ActivePeriod(end: d("2018-01-01"))),
                Membership(structureID: "M", urn: "1", period: ActivePeriod(start: d("2018-01-01"))),
                Membership(structureID: "F", urn: "2"), Membership(structureID: "F", urn: "3"),
                Membership(structureID: "N", urn: "2"), Membership(structureID: "N", urn: "3"),
                Membership(structureID: "T", urn: "2"), Membership(structureID: "T", urn: "3"),
            ])
    }

    @Test("joins, leaves, formed, dissolved and moves between kinds")
    func change() {
        let change = LandscapeChange(landscape(), from: d("2017-06-01"), to: d("2020-01-01"))
        #expect(change.formed.map(\.id) == ["M", "N", "T"])
        #expect(change.dissolved.map(\.id) == ["F"])
        #expect(change.joins.map { "\($0.structureID):\($0.urn)" } == ["M:1", "N:2", "N:3", "T:2", "T:3"])
        #expect(change.leaves.map { "\($0.structureID):\($0.urn)" } == ["C:1", "F:2", "F:3"])
        #expect(
            change.moves.map { "\($0.urn):\($0.left.map(\.id))->\($0.joined.map(\.id))" }
                == ["1:[\"C\"]->[\"M\"]", "2:[\"F\"]->[\"N\", \"T\"]", "3:[\"F\"]->[\"N\", \"T\"]"])
    }

    @Test("hybrid forms that appear and end")
    func hybrids() {
        let change = LandscapeChange(landscape(), from: d("2017-06-01"), to: d("2020-01-01"))
        #expect(change.hybridLeadsAppeared.map { $0.urn } == ["2"])
        #expect(change.hybridLeadsAppeared.first?.kinds == [.mat, .tsa])
        #expect(change.hybridPairsAppeared.map { "\($0.overlap.a)+\($0.overlap.b)" } == ["N+T"])
        let back = LandscapeChange(landscape(), from: d("2019-06-01"), to: d("2020-01-01"))
        // In mid-2019 F and T coexisted with the same members: that hybrid pair ended with F.
        #expect(back.hybridPairsEnded.map { "\($0.overlap.a)+\($0.overlap.b)" } == ["F+T"])
        #expect(back.hybridPairsAppeared.map { "\($0.overlap.a)+\($0.overlap.b)" } == ["N+T"])
    }
}
