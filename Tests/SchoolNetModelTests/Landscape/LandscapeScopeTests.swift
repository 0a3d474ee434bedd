import SchoolNetModel
import SchoolNetTestSupport
import Testing

@Suite struct LandscapeScopeTests {
    /// The small fixture with two authorities: A, B, C in North; D, E in South.
    static func twoAuthorities() -> Landscape {
        let small = LandscapeFixtures.small()
        let schools = small.schools.enumerated().map { n, school in
            var school = school
            school.localAuthority = n < 3 ? "North" : "South"
            school.region = "Region"
            return school
        }
        return Landscape(
            schools: schools, structures: small.structures, memberships: small.memberships, links: small.links)
    }

    @Test("one authority keeps its schools, the structures they belong to and the links between them")
    func localAuthority() throws {
        let north = try Self.twoAuthorities().restricted(to: .localAuthority("north"))
        #expect(north.schools.map(\.urn) == ["100001", "100002", "100003"])
        #expect(north.structures.map(\.id) == ["M1", "C1"])  // C1 keeps B and C, not D
        #expect(north.members(of: "C1") == ["100002", "100003"])
        #expect(north.links.isEmpty)  // A → E crosses the boundary
        let south = try Self.twoAuthorities().restricted(to: .localAuthority("South"))
        #expect(south.links.map(\.kind) == [.partnership])
    }

    @Test("a region, a structure, the whole landscape")
    func otherScopes() throws {
        let landscape = Self.twoAuthorities()
        #expect(try landscape.restricted(to: .region("REGION")).schools.count == 5)
        let trust = try landscape.restricted(to: .structure(id: "M1"))
        #expect(trust.schools.map(\.urn) == ["100001", "100002", "100003"])
        #expect(try landscape.restricted(to: .whole).schools.count == 5)
    }

    @Test("a neighbourhood grows one step per radius, over the chosen layers only")
    func neighbourhood() throws {
        let landscape = Self.twoAuthorities()
        func urns(_ radius: Int, _ layers: Set<Layer> = Set(Layer.all)) throws -> [URN] {
            try landscape.restricted(to: .neighbourhood(of: "100001", radius: radius, layers: layers)).schools.map(
                \.urn)
        }
        #expect(try urns(0) == ["100001"])
        #expect(try urns(1) == ["100001", "100002", "100003", "100005"])  // trust, and NLE support to E
        #expect(try urns(2) == ["100001", "100002", "100003", "100004", "100005"])
        #expect(try urns(5, [.structure(.mat)]) == ["100001", "100002", "100003"])
    }

    @Test("names that match nothing are errors that say so")
    func errors() {
        let landscape = Self.twoAuthorities()
        #expect(throws: LandscapeScopeError.noSchools("the local authority 'West'")) {
            try landscape.restricted(to: .localAuthority("West"))
        }
        #expect(throws: LandscapeScopeError.unknownStructure("X")) { try landscape.restricted(to: .structure(id: "X")) }
        #expect(throws: LandscapeScopeError.unknownSchool("1")) {
            try landscape.restricted(to: .neighbourhood(of: "1", radius: 1))
        }
    }

    @Test("a near miss suggests the name that exists; a structure is found by its name too")
    func suggestions() throws {
        #expect(NameSuggestions.closest(to: "Bristol", among: ["Bristol, City of", "Bath"]) == ["Bristol, City of"])
        #expect(NameSuggestions.closest(to: "bradfrd", among: ["Bradford", "Calderdale"]) == ["Bradford"])
        #expect(NameSuggestions.closest(to: "X", among: ["C1", "M1"]).isEmpty)
        let landscape = Self.twoAuthorities()
        #expect(throws: LandscapeScopeError.noSchools("the local authority 'Nort'", suggestions: ["North"])) {
            try landscape.restricted(to: .localAuthority("Nort"))
        }
        let named = try #require(landscape.structures.first { $0.name != nil })
        let byName = try landscape.restricted(to: .structure(id: named.name!.uppercased()))
        #expect(byName.schools == (try landscape.restricted(to: .structure(id: named.id))).schools)
    }
}

@Suite struct TrustSizeInScopeTests {
    @Test("a trust keeps its whole size in a scope that holds one of its academies")
    func wholeSize() throws {
        let schools = (1...7).map {
            School(urn: URN(String($0)), name: "S\($0)", localAuthority: $0 == 7 ? "South" : "North")
        }
        let landscape = Landscape(
            schools: schools, structures: [Structure(id: "T", kind: .mat)],
            memberships: schools.map { Membership(structureID: "T", urn: $0.urn) })
        let south = try landscape.restricted(to: .localAuthority("South"))
        #expect(south.schools.count == 1 && south.trustSize(of: south.structures[0]) == 7)
        #expect(LandscapeSummary(south).trustSizeBands == [.established: 1])
    }

    @Test("the register's size describes a trust as the files stand at their latest date, not years before")
    func sizeBeforeTheLatestDate() throws {
        func day(_ y: Int) -> CalendarDate { CalendarDate(year: y, month: 9, day: 1)! }
        var trust = Structure(id: "T", kind: .mat)
        trust.custom["academies"] = "40"
        let schools = (1...3).map { School(urn: URN(String($0)), name: "S\($0)") }
        let landscape = Landscape(
            schools: schools, structures: [trust],
            memberships: [
                Membership(structureID: "T", urn: "1", period: ActivePeriod(start: day(2012))),
                Membership(structureID: "T", urn: "2", period: ActivePeriod(start: day(2020))),
            ])
        let now = landscape.active(at: day(2020))
        #expect(now.trustSize(of: now.structures[0]) == 40)
        let then = landscape.active(at: day(2015))
        #expect(then.trustSize(of: then.structures[0]) == 1)
        #expect(LandscapeSummary(then).trustSizeBands == [.starter: 1])
    }
}
