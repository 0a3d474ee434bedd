/// The phase of education of a school.
public enum Phase: String, Enumeration {
    case primary, secondary
    case allThrough = "all-through"
    case special
    case alternativeProvision = "alternative-provision"
    case nursery
    case sixteenPlus = "sixteen-plus"
    case other
}

/// How a school is governed.
public enum Governance: String, Enumeration {
    case maintained
    case academyConverter = "academy-converter"
    case academySponsorLed = "academy-sponsor-led"
    case freeSchool = "free-school"
    case independent, other

    /// Academies and free schools (the schools a multi-academy trust can hold).
    public var isAcademy: Bool { [.academyConverter, .academySponsorLed, .freeSchool].contains(self) }
}

/// The school's last Ofsted overall effectiveness grade (`none`: not inspected).
public enum OfstedGrade: String, Enumeration {
    case outstanding, good
    case requiresImprovement = "requires-improvement"
    case inadequate, none
}

/// A designation held by a school or its leader.
public enum Designation: String, DeclarationOrdered {
    case teachingSchool = "teaching-school"
    case nationalLeader = "national-leader"
    case localLeader = "local-leader"
    case specialistLeader = "specialist-leader"
    case researchSchool = "research-school"
    case hub
}

/// A position in WGS84 degrees.
public struct Coordinate: Hashable, Sendable {
    public var latitude: Double
    public var longitude: Double

    public init(latitude: Double, longitude: Double) {
        self.latitude = latitude
        self.longitude = longitude
    }
}
