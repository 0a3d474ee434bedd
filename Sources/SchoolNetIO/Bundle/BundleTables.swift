import SchoolNetModel

/// How a row of each table of `LandscapeSchema` becomes a value.
enum BundleTables {
    static let schoolColumns = Set(LandscapeSchema.schools.columnNames)
    static let structureColumns = Set(LandscapeSchema.structures.columnNames)
    static let membershipColumns = Set(LandscapeSchema.memberships.columnNames)
    static let linkColumns = Set(LandscapeSchema.links.columnNames)

    static func school(_ p: inout FieldParser) -> School? {
        let urn = p.required("urn")
        let name = p.text("name")
        if name?.trimmingSpaces().isEmpty ?? true {
            p.problem("name", "required value is empty")
        }
        let phase = p.enumeration("phase", Phase.self)
        let governance = p.enumeration("governance", Governance.self)
        let ofsted = p.enumeration("ofsted", OfstedGrade.self)
        let attainment = p.number("attainment")
        let disadvantage = p.number("disadvantage", in: 0...1, rangeText: "0..1 (a fraction)")
        let pupils = p.count("pupils")
        let latitude = p.number("latitude", in: -90...90, rangeText: "-90..90 degrees")
        let longitude = p.number("longitude", in: -180...180, rangeText: "-180..180 degrees")
        if (p.optional("latitude") == nil) != (p.optional("longitude") == nil) {
            p.problem(
                p.optional("latitude") == nil ? "latitude" : "longitude",
                "latitude and longitude go together; only one is given")
        }
        let designations = p.enumerationList("designations", Designation.self)
        guard p.isValid, let urn, let name else { return nil }
        return School(
            urn: URN(urn), name: name, phase: phase, governance: governance,
            localAuthority: p.text("la"), region: p.text("region"), ofsted: ofsted,
            attainment: attainment, disadvantage: disadvantage, pupils: pupils,
            location: latitude.flatMap { la in longitude.map { Coordinate(latitude: la, longitude: $0) } },
            designations: designations,
            custom: CustomAttributes(p.row.customAttributes(known: schoolColumns)))
    }

    static func structure(_ p: inout FieldParser) -> Structure? {
        let id = p.required("id")
        let kindText = p.required("kind")
        let kind = kindText == nil ? nil : p.enumeration("kind", StructureKind.self)
        let period = p.period(start: "formed", end: "dissolved")
        let federationType = p.enumeration("federation-type", FederationType.self)
        if federationType != nil, let kind, kind != .federation {
            p.problem("federation-type", "applies to federations only; this structure is a \(kind.rawValue)")
        }
        guard p.isValid, let id, let kind else { return nil }
        return Structure(
            id: id, kind: kind, name: p.text("name"), lead: p.optional("lead").map { URN($0) },
            period: period, federationType: federationType,
            custom: CustomAttributes(p.row.customAttributes(known: structureColumns)))
    }

    static func membership(_ p: inout FieldParser) -> Membership? {
        let structure = p.required("structure")
        let urn = p.required("urn")
        let role = p.enumeration("role", MembershipRole.self)
        let period = p.period(start: "joined", end: "left")
        guard p.isValid, let structure, let urn else { return nil }
        return Membership(
            structureID: structure, urn: URN(urn), role: role ?? .member, period: period,
            custom: CustomAttributes(p.row.customAttributes(known: membershipColumns)))
    }

    static func link(_ p: inout FieldParser) -> Link? {
        let source = p.required("source")
        let target = p.required("target")
        let kindText = p.required("kind")
        let kind = kindText == nil ? nil : p.enumeration("kind", LinkKind.self)
        let depth = p.enumeration("depth", TieDepth.self)
        let driver = p.enumeration("driver", TieDriver.self)
        let weight = p.number("weight", positive: true)
        let period = p.period(start: "start", end: "end")
        if let source, source == target {
            p.problem("target", "self-link: source and target are both \(source)")
        }
        guard p.isValid, let source, let target, let kind else { return nil }
        return Link(
            source: URN(source), target: URN(target), kind: kind, depth: depth, driver: driver,
            weight: weight ?? 1, period: period,
            custom: CustomAttributes(p.row.customAttributes(known: linkColumns)))
    }
}
