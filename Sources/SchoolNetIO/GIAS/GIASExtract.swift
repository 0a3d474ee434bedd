import Foundation

/// The GIAS bulk extracts the importer reads, each recognised by its header row (never by its
/// file name), and the columns it uses, matched by name so that columns added, removed or
/// moved between years do not matter.
public enum GIASExtract: String, Sendable, CaseIterable {
    /// `edubasealldata*.csv`: one row per establishment.
    case establishments
    /// `allgroupsdata*.csv`: one row per group (trust, federation, sponsor…).
    case groups
    /// `alllinksdata*.csv`, and the academies-and-trusts export (`Academy URN`): one row per
    /// establishment in a group.
    case groupLinks = "group-links"
    /// `links_edubasealldata*.csv`: predecessors and successors of establishments.
    case establishmentLinks = "establishment-links"
    /// The DfE's list of induction appropriate bodies (`name,type`): each teaching school hub
    /// named with its lead school in brackets, `Alban Teaching School Hub (Sandringham School)`.
    case hubs = "teaching-school-hubs"

    /// The extract a header belongs to, or nil.
    static func recognise(_ header: GIASHeader) -> GIASExtract? {
        if header.has(.urn) && header.has(.linkURN) { return .establishmentLinks }
        if header.has(.groupUID) && header.has(.urn) { return .groupLinks }
        if header.has(.groupUID) { return .groups }
        if header.has(.urn) && header.has(.establishmentName) { return .establishments }
        if header.has(.bodyName) && header.has(.bodyType) && header.fields.count == 2 { return .hubs }
        return nil
    }

    /// The columns each extract must have.
    var required: [GIASColumn] {
        switch self {
        case .establishments: [.urn, .establishmentName]
        case .groups: [.groupUID, .groupName]
        case .groupLinks: [.urn, .groupUID]
        case .establishmentLinks: [.urn, .linkURN, .linkType]
        case .hubs: [.bodyName, .bodyType]
        }
    }
}

/// A column the importer reads, with the header names it goes by. Names are compared with case,
/// spaces and punctuation ignored ("LA (name)" = "la name" = "LAName").
enum GIASColumn: CaseIterable {
    case urn, establishmentName, typeName, phaseName, laName, laCode, statusName, openDate, closeDate
    case regionName, ofstedRating, percentageFSM, pupils, easting, northing
    case trustsCode, trustsName, trustFlag, federationsCode, federationsName, dioceseName, urbanRural
    case groupUID, groupID, groupName, companiesHouse, groupType, groupTypeCode, groupClosed, groupOpened
    case incorporated, groupStatus, joined
    case linkURN, linkName, linkType, linkDate
    case bodyName, bodyType

    var names: [String] {
        switch self {
        case .urn: ["urn", "academyurn"]
        case .establishmentName: ["establishmentname", "trustacademyestablishmentname", "academyname"]
        case .typeName: ["typeofestablishmentname"]
        case .phaseName: ["phaseofeducationname"]
        case .laName: ["laname"]
        case .laCode: ["lacode"]
        case .statusName: ["establishmentstatusname"]
        case .openDate: ["opendate"]
        case .closeDate: ["closedate"]
        case .regionName: ["gorname"]
        case .ofstedRating: ["ofstedratingname"]
        case .percentageFSM: ["percentagefsm"]
        case .pupils: ["numberofpupils"]
        case .easting: ["easting"]
        case .northing: ["northing"]
        case .trustsCode: ["trustscode"]
        case .trustsName: ["trustsname"]
        case .trustFlag: ["trustschoolflagname"]
        case .federationsCode: ["federationscode"]
        case .federationsName: ["federationsname"]
        case .dioceseName: ["diocesename"]
        case .urbanRural: ["urbanruralname"]
        case .groupUID: ["groupuid"]
        case .groupID: ["groupid"]
        case .groupName: ["groupname"]
        case .companiesHouse: ["companieshousenumber"]
        case .groupType: ["grouptype"]
        case .groupTypeCode: ["grouptypecode"]
        case .groupClosed: ["closeddate"]
        case .groupOpened: ["opendate"]
        case .incorporated: ["incorporatedonopendate"]
        case .groupStatus: ["groupstatus"]
        case .joined: ["joineddate"]
        case .linkURN: ["linkurn"]
        case .linkName: ["linkname"]
        case .bodyName: ["name"]
        case .bodyType: ["type"]
        case .linkType: ["linktype"]
        case .linkDate: ["linkestablisheddate"]
        }
    }

    /// The name as GIAS writes it, for messages.
    var display: String {
        switch self {
        case .urn: "URN"
        case .establishmentName: "EstablishmentName"
        case .groupUID: "Group UID"
        case .groupName: "Group Name"
        case .linkURN: "LinkURN"
        case .linkType: "LinkType"
        default: names[0]
        }
    }
}

/// A header row: where each known column is.
struct GIASHeader {
    let positions: [String: Int]
    let fields: [String]

    init(_ fields: [String]) {
        self.fields = fields
        var positions: [String: Int] = [:]
        for (i, field) in fields.enumerated() {
            let key = Self.normalise(field)
            if positions[key] == nil { positions[key] = i }
        }
        self.positions = positions
    }

    static func normalise(_ name: String) -> String {
        String(
            name.lowercased().unicodeScalars.filter { CharacterSet.alphanumerics.contains($0) && $0.isASCII }.map(
                Character.init))
    }

    func index(_ column: GIASColumn) -> Int? { column.names.lazy.compactMap { positions[$0] }.first }
    func has(_ column: GIASColumn) -> Bool { index(column) != nil }

    /// The column's name as this file writes it.
    func name(_ column: GIASColumn) -> String { index(column).map { fields[$0] } ?? column.display }

    /// The cell of a column in a row, or "" when the column or cell is missing.
    func value(_ column: GIASColumn, in fields: [String]) -> String {
        guard let i = index(column), i < fields.count else { return "" }
        return fields[i]
    }
}
