import SchoolNetTestSupport
import Testing

@testable import SchoolNetModel

@Suite struct LandscapeTests {
    @Test("look-ups by URN and id, members sorted, memberships per school")
    func lookups() {
        let landscape = LandscapeFixtures.small()
        #expect(landscape.school("100003")?.name == "Oak & Ash \"Juniors\"")
        #expect(landscape.school("999") == nil)
        #expect(landscape.structure("M1")?.name == "Alpha Trust")
        #expect(landscape.members(of: "C1") == ["100002", "100003", "100004"])
        #expect(landscape.memberships(ofSchool: "100002").map(\.structureID) == ["M1", "C1"])
    }

    @Test("the landscape at a date keeps only what is active then")
    func atDate() {
        let d = { (s: String) in CalendarDate(iso: s)! }
        let landscape = Landscape(
            schools: [School(urn: "1", name: "A"), School(urn: "2", name: "B")],
            structures: [
                Structure(
                    id: "F", kind: .federation, period: ActivePeriod(start: d("2014-09-01"), end: d("2019-09-01"))),
                Structure(id: "M", kind: .mat, period: ActivePeriod(start: d("2019-09-01"))),
            ],
            memberships: [
                Membership(structureID: "F", urn: "1"), Membership(structureID: "F", urn: "2"),
                Membership(structureID: "M", urn: "1"),
                Membership(structureID: "M", urn: "2", period: ActivePeriod(start: d("2020-01-01"))),
            ],
            links: [Link(source: "1", target: "2", kind: .lleSupport, period: ActivePeriod(end: d("2016-01-01")))])
        let in2015 = landscape.active(at: d("2015-06-01"))
        #expect(in2015.structures.map(\.id) == ["F"])
        #expect(in2015.memberships.count == 2)
        #expect(in2015.links.count == 1)
        let in2019 = landscape.active(at: d("2019-10-01"))
        #expect(in2019.structures.map(\.id) == ["M"])
        #expect(in2019.members(of: "M") == ["1"])
        #expect(in2019.links.isEmpty)
        #expect(in2019.schools.count == 2)
    }

    @Test(
        "MAT size bands at their boundaries",
        arguments: [
            (0, nil), (1, TrustSizeBand.starter), (5, .starter), (6, .established), (15, .established),
            (16, .national), (30, .national), (31, .systemLeader), (400, .systemLeader),
        ])
    func sizeBands(academies: Int, band: TrustSizeBand?) {
        #expect(TrustSizeBand(academies: academies) == band)
    }

    @Test("summary of the small landscape")
    func summary() {
        let s = LandscapeSummary(LandscapeFixtures.small())
        #expect(s.schools == 5)
        #expect(s.structuresByKind == [.mat: 1, .cluster: 1])
        #expect(s.linksByKind == [.nleSupport: 1, .partnership: 1])
        #expect(s.trustSizeBands == [.starter: 1])
        // Ties: MAT clique 1-2, 1-3, 2-3; cluster clique 2-3 (merged), 2-4, 3-4; links 1-5, 4-5.
        #expect(s.ties == 7)
        #expect(s.density == 0.7)
        #expect(s.components == 1)
        #expect(s.isolatedSchools == 0)
        #expect(s.connectedSchools == 5)
    }
}
