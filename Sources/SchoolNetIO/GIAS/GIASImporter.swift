import Foundation
import SchoolNetGraph
import SchoolNetModel

/// One predecessor or successor link between two establishments (`links_edubasealldata`),
/// kept whole in the bundle's `lineage.csv`.
public struct LineageLink: Equatable, Sendable {
    public let urn: URN
    public let linkURN: URN
    public let linkName: String
    public let linkType: String
    public let date: CalendarDate?
}

/// What happened to every row of one input file: each is imported or skipped, and an imported
/// row may have been repaired. `rows == imported + skipped` always.
public struct GIASFileAccount: Equatable, Sendable {
    public let file: String
    public let extract: GIASExtract?
    public var rows = 0, imported = 0, skipped = 0, repaired = 0
    /// Cells that held a placeholder ("Not applicable", 999…) and were read as unknown.
    public var placeholders = 0
}

/// The result of importing GIAS extracts: a landscape, the lineage links, the account of every
/// input row, and every problem as `file:line: message` (errors stop the import; warnings list
/// each skipped or repaired row).
public struct GIASImport: Sendable {
    public var landscape: Landscape
    public var lineage: [LineageLink]
    public var accounts: [GIASFileAccount]
    public var diagnostics: [Diagnostic]
    /// With local authorities to keep: what the restriction to them left out.
    public var restriction: String?
    public var hasErrors: Bool { diagnostics.contains { $0.severity == .error } }
}

/// Reads any combination of GIAS bulk extracts, given in any order, into a landscape.
///
/// Establishments become schools (phase, governance, local authority, region, Ofsted, FSM share,
/// pupils, WGS84 location from the National Grid, and the GIAS type, status and dates as custom
/// columns). Groups become structures keyed by Group UID: multi-academy trusts `mat`, federations
/// `federation` (GIAS federations share one governing body: `hard`), and single-academy trusts,
/// foundation trusts, sponsors and umbrella trusts `other` with a `group-type` column, so that
/// they never enter MAT statistics. Group links (and the academies-and-trusts export) become
/// memberships, joined on the `Joined date` and left on the group's closing date or the
/// establishment's; an establishment that names a trust or federation code adds the membership
/// when no links file did. A sponsor whose name is an establishment's gets that school as its
/// lead with the role `sponsor`. Establishment links are kept whole as lineage. O(rows).
public enum GIASImporter {
    ///
    /// With `localAuthorities`, only their schools are kept (names compared case-insensitively),
    /// with the memberships of those schools, the structures that still have a member and the
    /// lineage links that touch them; `restriction` says how much was left out.
    ///
    /// Children's centres, colleges, universities and other establishments that are not schools
    /// (`GIASValues.isSchool(type:)`), and children's centres groups, are left out (each row
    /// counted as skipped, with why) unless `keepNonSchools`.
    public static func run(
        paths: [String], localAuthorities: [String] = [], keepNonSchools: Bool = false,
        progress: (any ProgressListener)? = nil
    ) -> GIASImport {
        var state = State()
        state.keepNonSchools = keepNonSchools
        var files: [(path: String, extract: GIASExtract, header: GIASHeader, records: ArraySlice<CSVRecord>)] = []
        for path in paths {
            progress?.begin("import: reading \((path as NSString).lastPathComponent)", total: 0)
            let bytes: [UInt8]
            switch InputFile.read(path) {
            case .success(let read): bytes = read
            case .failure(let problem):
                state.error(path, nil, problem.description)
                state.accounts.append(GIASFileAccount(file: path, extract: nil))
                continue
            }
            if let binary = TextDecoding.firstBinaryByte(in: bytes) {
                state.error(
                    path, binary.line, String(format: "binary content (byte 0x%02X): not a CSV extract", binary.byte))
                state.accounts.append(GIASFileAccount(file: path, extract: nil))
                continue
            }
            let (text, encoding) = TextDecoding.decode(bytes)
            if encoding == .windows1252 {
                state.diagnostics.append(
                    Diagnostic(
                        .warning, file: path,
                        message: "not valid UTF-8; read as Windows-1252 (the encoding of GIAS downloads)"))
            }
            let (records, problems) = CSVReader.parse(text)
            for problem in problems { state.error(path, problem.line, problem.message) }
            guard let headerRecord = records.first else {
                state.error(path, nil, "empty file: no header row")
                state.accounts.append(GIASFileAccount(file: path, extract: nil))
                continue
            }
            let header = GIASHeader(headerRecord.fields)
            guard let extract = GIASExtract.recognise(header) else {
                state.error(
                    path, headerRecord.line,
                    "header not recognised as a GIAS extract (establishments need URN and EstablishmentName; groups Group UID and Group Name; group links URN or Academy URN and Group UID; establishment links URN, LinkURN and LinkType)"
                )
                var account = GIASFileAccount(file: path, extract: nil)
                account.rows = records.count - 1
                account.skipped = account.rows
                state.accounts.append(account)
                continue
            }
            let missing = extract.required.filter { !header.has($0) }
            guard missing.isEmpty else {
                state.error(
                    path, headerRecord.line,
                    "\(extract.rawValue) extract without column(s) \(missing.map(\.display).joined(separator: ", "))")
                var account = GIASFileAccount(file: path, extract: extract)
                account.rows = records.count - 1
                account.skipped = account.rows
                state.accounts.append(account)
                continue
            }
            files.append((path, extract, header, records.dropFirst()))
        }
        // Establishments first (they say most about a school), then groups, then the links.
        // Hubs last: they are matched to their lead school by name.
        let order: [GIASExtract] = [.establishments, .groups, .groupLinks, .establishmentLinks, .hubs]
        progress?.begin("import: rows", total: files.reduce(0) { $0 + $1.records.count })
        for extract in order {
            for file in files where file.extract == extract {
                if extract == .establishmentLinks { state.lineageFiles.append(file.path) }
                if extract == .groups || extract == .groupLinks { state.groupFiles.append(file.path) }
                var account = GIASFileAccount(file: file.path, extract: extract)
                defer { progress?.advance(by: file.records.count & 1023) }  // the rows past the last 1,024
                for (k, record) in file.records.enumerated() {
                    if k & 1023 == 1023 { progress?.advance(by: 1024) }
                    if record.fields.count == 1 && record.fields[0].isEmpty { continue }  // a blank line
                    account.rows += 1
                    var row = Row(file: file.path, line: record.line, header: file.header, fields: record.fields)
                    let outcome: Outcome
                    switch extract {
                    case .establishments: outcome = state.establishment(&row)
                    case .groups: outcome = state.group(&row)
                    case .groupLinks: outcome = state.groupLink(&row)
                    case .establishmentLinks: outcome = state.establishmentLink(&row)
                    case .hubs: outcome = state.hub(&row)
                    }
                    account.placeholders += row.placeholders
                    switch outcome {
                    case .imported:
                        account.imported += 1
                        if !row.repairs.isEmpty {
                            account.repaired += 1
                            state.warning(file.path, record.line, "repaired: " + row.repairs.joined(separator: "; "))
                        }
                    case .skipped(let reason):
                        account.skipped += 1
                        state.warning(file.path, record.line, "skipped: " + reason)
                    }
                }
                state.accounts.append(account)
            }
        }
        state.addMembershipsNamedByEstablishments()
        state.addSponsorLeads()
        state.leaveOutSuperseded()
        state.mergeSponsorTwins()
        state.reportDecimalCompanies()
        state.reportSharedNames()
        var result = state.result(order: paths)
        if !localAuthorities.isEmpty { result.restrict(to: localAuthorities) }
        return result
    }

    enum Outcome {
        case imported
        case skipped(String)
    }

    /// One data row being read, collecting the repairs made to it.
    struct Row {
        let file: String
        let line: Int
        let header: GIASHeader
        let fields: [String]
        var repairs: [String] = []
        var placeholders = 0

        /// The cleaned cell, or nil (a placeholder is counted).
        mutating func text(_ column: GIASColumn) -> String? {
            let raw = header.value(column, in: fields)
            var value = GIASValues.clean(raw)
            if value == nil && !raw.trimmingSpaces().isEmpty { placeholders += 1 }
            if let text = value, let repaired = TextDecoding.repairingC1(text) {
                let note =
                    "\(column.display) held a control character where a Windows-1252 character was (a file re-written by a tool); read as '\(repaired)'"
                if !repairs.contains(note) { repairs.append(note) }
                value = repaired
            }
            return value
        }

        /// A code cell: nil for empty, placeholders and all-nines codes.
        mutating func code(_ column: GIASColumn) -> String? {
            guard let value = text(column) else { return nil }
            if GIASValues.isNinesCode(value) {
                placeholders += 1
                return nil
            }
            return value
        }

        mutating func date(_ column: GIASColumn) -> CalendarDate? {
            let raw = header.value(column, in: fields)
            switch GIASValues.date(raw) {
            case .date(let date): return date
            case .unknown:
                if !raw.trimmingSpaces().isEmpty { placeholders += 1 }
                return nil
            case .unreadable:
                repairs.append("\(header.name(column)) '\(raw)' is not a date; read as unknown")
                return nil
            }
        }

        mutating func number(_ column: GIASColumn) -> Double? {
            guard let value = text(column) else { return nil }
            guard let number = Double(value), number.isFinite else {
                repairs.append("\(header.name(column)) '\(value)' is not a number; read as unknown")
                return nil
            }
            return number
        }
    }

    /// A school's trust or federation as its establishment row names it.
    struct NamedGroup {
        let urn: URN
        let code: String
        let name: String?
        let type: String
        let left: CalendarDate?
    }

    struct State {
        var schools: [URN: School] = [:]
        var schoolLine: [URN: (String, Int)] = [:]
        var closed: [URN: CalendarDate] = [:]
        var structures: [String: Structure] = [:]
        var structureLine: [String: (String, Int)] = [:]
        var memberships: [String: Membership] = [:]  // "uid|urn"
        var membershipLine: [String: (String, Int)] = [:]
        var lineage: [LineageLink] = []
        var lineageSeen: [String: (String, Int)] = [:]
        var named: [NamedGroup] = []
        var establishmentsGiven = false
        /// Keep children's centres and the other establishments that are not schools.
        var keepNonSchools = false
        /// Establishments and groups left out as not schools, so that their links are too.
        var nonSchools: Set<URN> = []
        var nonSchoolGroups: Set<String> = []
        /// The files read of each kind, for notes about them as a whole.
        var lineageFiles: [String] = []
        var groupFiles: [String] = []
        /// Schools known only from a group link although an establishments file was given.
        var onlyFromLinks: Set<URN> = []
        /// Per file, Companies House numbers written as decimals.
        var decimalCompanies: [String: Int] = [:]
        var accounts: [GIASFileAccount] = []
        var diagnostics: [Diagnostic] = []

        mutating func error(_ file: String, _ line: Int?, _ message: String) {
            diagnostics.append(Diagnostic(.error, file: file, line: line, message: message))
        }
        mutating func warning(_ file: String, _ line: Int?, _ message: String) {
            diagnostics.append(Diagnostic(.warning, file: file, line: line, message: message))
        }

        func whereFrom(_ place: (String, Int)) -> String { "\(place.0):\(place.1)" }

        static func validURN(_ text: String?) -> URN? {
            guard let text, !text.isEmpty, text.allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
            return URN(text)
        }

        mutating func establishment(_ row: inout Row) -> Outcome {
            establishmentsGiven = true
            let raw = row.header.value(.urn, in: row.fields)
            guard let urn = Self.validURN(GIASValues.clean(raw)) else {
                return .skipped("URN '\(raw)' is not a number")
            }
            if let first = schoolLine[urn] { return .skipped("URN \(urn) again (first at \(whereFrom(first)))") }
            var name = row.text(.establishmentName) ?? ""
            if name.isEmpty {
                name = "URN \(urn)"
                row.repairs.append("no EstablishmentName; named 'URN \(urn)'")
            }
            let type = row.text(.typeName)
            if !keepNonSchools, !GIASValues.isSchool(type: type) {
                nonSchools.insert(urn)
                return .skipped("'\(type ?? "")' is not a school (--keep-non-schools keeps it)")
            }
            var school = School(
                urn: urn, name: name, phase: GIASValues.phase(row.text(.phaseName), type: type),
                governance: GIASValues.governance(type), localAuthority: row.text(.laName),
                region: row.text(.regionName), ofsted: GIASValues.ofsted(row.text(.ofstedRating)))
            if let fsm = row.number(.percentageFSM) {
                // Rounded to six decimals so that 18.1 % is written 0.181, not 0.18100000000000002.
                if fsm == 0, school.governance == .independent {
                    // GIAS writes 0 where an independent school's share is not collected.
                    row.repairs.append(
                        "PercentageFSM 0 for an independent school, where it is not collected; read as unknown")
                } else if (0...100).contains(fsm) {
                    school.disadvantage = (fsm * 10_000).rounded() / 1_000_000
                } else {
                    row.repairs.append("PercentageFSM \(fsm) is outside 0–100; read as unknown")
                }
            }
            if let pupils = row.number(.pupils) {
                if pupils >= 0 && pupils == pupils.rounded() {
                    school.pupils = Int(pupils)
                } else {
                    row.repairs.append("NumberOfPupils \(pupils) is not a count; read as unknown")
                }
            }
            if let e = row.number(.easting), let n = row.number(.northing), e > 0, n > 0, e < 800_000, n < 1_400_000 {
                // Six decimals (about 10 cm): more than the Helmert step's accuracy.
                let point = BritishNationalGrid.wgs84(easting: e, northing: n)
                school.location = Coordinate(
                    latitude: (point.latitude * 1e6).rounded() / 1e6, longitude: (point.longitude * 1e6).rounded() / 1e6
                )
            }
            let opened = row.date(.openDate)
            let closeDate = row.date(.closeDate)
            var custom = CustomAttributes()
            custom["gias-type"] = type ?? ""
            custom["status"] = row.text(.statusName) ?? ""
            custom["opened"] = opened?.description ?? ""
            custom["closed"] = closeDate?.description ?? ""
            custom["la-code"] = row.code(.laCode) ?? ""
            custom["diocese"] = row.code(.dioceseName) ?? ""
            custom["urban-rural"] = row.text(.urbanRural) ?? ""
            school.custom = custom
            if let closeDate, (row.text(.statusName) ?? "").lowercased().hasPrefix("closed") { closed[urn] = closeDate }
            if let code = row.code(.trustsCode) {
                let flag = row.text(.trustFlag)?.lowercased() ?? ""
                let type =
                    flag.contains("multi-academy")
                    ? "Multi-academy trust" : flag.contains("single-academy") ? "Single-academy trust" : "Trust"
                named.append(
                    NamedGroup(urn: urn, code: code, name: row.text(.trustsName), type: type, left: closed[urn]))
            }
            if let code = row.code(.federationsCode) {
                named.append(
                    NamedGroup(
                        urn: urn, code: code, name: row.text(.federationsName), type: "Federation", left: closed[urn]))
            }
            schools[urn] = school
            schoolLine[urn] = (row.file, row.line)
            return .imported
        }

        /// A structure from a groups row or from the group columns of a links row.
        mutating func structure(from row: inout Row, uid: String) -> Structure {
            let typeName = row.text(.groupType) ?? GIASValues.groupTypeName(code: row.code(.groupTypeCode))
            let (kind, groupType) = GIASValues.groupKind(typeName)
            let formed = row.date(.groupOpened) ?? row.date(.incorporated)
            let status = row.text(.groupStatus)
            var dissolved = row.date(.groupClosed)
            if dissolved == nil, status?.lowercased() == "closed" {
                row.repairs.append("group \(uid) is closed with no Closed Date; kept without a dissolution date")
            }
            if let d = dissolved, let f = formed, d < f {
                row.repairs.append("Closed Date \(d) before Open date \(f); closing date read as unknown")
                dissolved = nil
            }
            var custom = CustomAttributes()
            custom["group-type"] = groupType
            custom["group-id"] = row.text(.groupID) ?? ""
            var companies = row.text(.companiesHouse) ?? ""
            if companies.hasSuffix(".0"), companies.dropLast(2).allSatisfy({ $0.isASCII && $0.isNumber }) {
                // Written as a decimal number by a tool that read it as one (pandas: 6625091.0):
                // counted once per file, not listed row by row.
                decimalCompanies[row.file, default: 0] += 1
                companies = String(companies.dropLast(2))
            }
            if !companies.isEmpty, companies.count < 8, companies.allSatisfy({ $0.isASCII && $0.isNumber }),
                decimalCompanies[row.file] != nil
            {
                companies = String(repeating: "0", count: 8 - companies.count) + companies
            }
            if !companies.isEmpty, companies.count < 8, companies.allSatisfy({ $0.isASCII && $0.isNumber }) {
                let padded = String(repeating: "0", count: 8 - companies.count) + companies
                row.repairs.append("Companies House Number '\(companies)' lost its leading zeros; read as \(padded)")
                companies = padded
            }
            custom["companies-house"] = companies
            custom["status"] = status ?? ""
            return Structure(
                id: uid, kind: kind, name: row.text(.groupName), period: ActivePeriod(start: formed, end: dissolved),
                federationType: kind == .federation ? .hard : nil, custom: custom)
        }

        mutating func group(_ row: inout Row) -> Outcome {
            let raw = row.header.value(.groupUID, in: row.fields)
            guard let uid = Self.validURN(GIASValues.clean(raw))?.rawValue else {
                return .skipped("Group UID '\(raw)' is not a number")
            }
            if let first = structureLine[uid] {
                return .skipped("Group UID \(uid) again (first at \(whereFrom(first)))")
            }
            let typeName = row.text(.groupType) ?? GIASValues.groupTypeName(code: row.code(.groupTypeCode))
            if !keepNonSchools, !GIASValues.isSchoolGroup(type: typeName) {
                nonSchoolGroups.insert(uid)
                return .skipped("a group of '\(typeName ?? "")', not of schools (--keep-non-schools keeps it)")
            }
            structures[uid] = structure(from: &row, uid: uid)
            structureLine[uid] = (row.file, row.line)
            return .imported
        }

        mutating func groupLink(_ row: inout Row) -> Outcome {
            let rawURN = row.header.value(.urn, in: row.fields)
            let rawUID = row.header.value(.groupUID, in: row.fields)
            guard let urn = Self.validURN(GIASValues.clean(rawURN)) else {
                return .skipped("URN '\(rawURN)' is not a number")
            }
            guard let uid = Self.validURN(GIASValues.clean(rawUID))?.rawValue else {
                return .skipped("Group UID '\(rawUID)' is not a number")
            }
            if !keepNonSchools {
                let typeName = row.text(.groupType) ?? GIASValues.groupTypeName(code: row.code(.groupTypeCode))
                if nonSchools.contains(urn) || !GIASValues.isSchool(type: row.text(.typeName)) {
                    nonSchools.insert(urn)
                    return .skipped("school \(urn) is not a school (--keep-non-schools keeps it)")
                }
                if nonSchoolGroups.contains(uid) || !GIASValues.isSchoolGroup(type: typeName) {
                    nonSchoolGroups.insert(uid)
                    return .skipped("group \(uid) is not a group of schools (--keep-non-schools keeps it)")
                }
            }
            let key = "\(uid)|\(urn)"
            if let first = membershipLine[key] {
                return .skipped("school \(urn) in group \(uid) again (first at \(whereFrom(first)))")
            }
            var fromRow = structure(from: &row, uid: uid)
            if let known = structures[uid] {
                if let name = fromRow.name, let knownName = known.name, name.lowercased() != knownName.lowercased() {
                    row.repairs.append(
                        "Group UID \(uid) is named '\(name)' here but '\(knownName)' at \(whereFrom(structureLine[uid]!)); the first name kept"
                    )
                }
                fromRow = known
            } else {
                structures[uid] = fromRow
                structureLine[uid] = (row.file, row.line)
            }
            if schools[urn] == nil {
                let type = row.text(.typeName)
                var custom = CustomAttributes()
                custom["gias-type"] = type ?? ""
                custom["la-code"] = row.code(.laCode) ?? ""
                var name = row.text(.establishmentName) ?? ""
                if name.isEmpty {
                    name = "URN \(urn)"
                    row.repairs.append("no establishment name; named 'URN \(urn)'")
                }
                schools[urn] = School(
                    urn: urn, name: name, phase: GIASValues.phase(row.text(.phaseName), type: type),
                    governance: GIASValues.governance(type), localAuthority: row.text(.laName), custom: custom)
                schoolLine[urn] = (row.file, row.line)
                if establishmentsGiven {
                    row.repairs.append("URN \(urn) is not in the establishments file; added from this row")
                    onlyFromLinks.insert(urn)
                }
            }
            let joined = row.date(.joined)
            var left = [fromRow.period.end, closed[urn]].compactMap { $0 }.min()
            if let l = left, let j = joined, l <= j { left = nil }
            memberships[key] = Membership(structureID: uid, urn: urn, period: ActivePeriod(start: joined, end: left))
            membershipLine[key] = (row.file, row.line)
            return .imported
        }

        mutating func establishmentLink(_ row: inout Row) -> Outcome {
            let rawURN = row.header.value(.urn, in: row.fields)
            let rawLink = row.header.value(.linkURN, in: row.fields)
            guard let urn = Self.validURN(GIASValues.clean(rawURN)) else {
                return .skipped("URN '\(rawURN)' is not a number")
            }
            guard let link = Self.validURN(GIASValues.clean(rawLink)) else {
                return .skipped("LinkURN '\(rawLink)' is not a number")
            }
            let type = row.text(.linkType) ?? ""
            let key = "\(urn)|\(link)|\(type.lowercased())"
            if let first = lineageSeen[key] {
                return .skipped("link \(urn) → \(link) (\(type)) again (first at \(whereFrom(first)))")
            }
            lineage.append(
                LineageLink(
                    urn: urn, linkURN: link, linkName: row.text(.linkName) ?? "", linkType: type,
                    date: row.date(.linkDate)))
            lineageSeen[key] = (row.file, row.line)
            return .imported
        }

        /// Schools by their name folded for matching (`GIASValues.matchingName(_:)`), built
        /// when the first hub is read.
        var schoolsByName: [String: [URN]]?

        /// A teaching school hub from the appropriate bodies list: a `hub` structure led by the
        /// establishment named in brackets at the end of its name, matched by name (the list has
        /// no URNs); skipped, and said why, when no establishment or several have that name.
        mutating func hub(_ row: inout Row) -> Outcome {
            let name = row.text(.bodyName) ?? ""
            let type = row.text(.bodyType) ?? ""
            guard type.lowercased() == "teaching_school_hub" else {
                return .skipped("an appropriate body that is not a teaching school hub ('\(type)')")
            }
            guard let open = name.lastIndex(of: "("), name.hasSuffix(")") else {
                return .skipped("hub '\(name)' does not name its lead school in brackets")
            }
            let lead = String(name[name.index(after: open)..<name.index(before: name.endIndex)])
            if schoolsByName == nil {
                var index: [String: [URN]] = [:]
                for school in schools.values {
                    index[GIASValues.matchingName(school.name), default: []].append(school.urn)
                }
                schoolsByName = index
            }
            let matches = (schoolsByName?[GIASValues.matchingName(lead)] ?? []).sorted()
            guard !matches.isEmpty else {
                return .skipped("hub '\(name)': no establishment in the files is named '\(lead)'")
            }
            guard matches.count == 1 else {
                return .skipped(
                    "hub '\(name)': \(matches.count) establishments are named '\(lead)' (URNs \(matches.map(\.rawValue).joined(separator: ", ")))"
                )
            }
            let id = "TSH-\(matches[0])"
            if let first = structureLine[id] {
                return .skipped("a second hub led by \(matches[0]) (first at \(whereFrom(first)))")
            }
            var custom = CustomAttributes()
            custom["group-type"] = "teaching-school-hub"
            structures[id] = Structure(id: id, kind: .hub, name: name, lead: matches[0], custom: custom)
            structureLine[id] = (row.file, row.line)
            memberships["\(id)|\(matches[0])"] = Membership(structureID: id, urn: matches[0], role: .lead)
            membershipLine["\(id)|\(matches[0])"] = (row.file, row.line)
            return .imported
        }

        /// Memberships an establishment row names (Trusts (code), Federations (code)) that no
        /// links file gave.
        mutating func addMembershipsNamedByEstablishments() {
            for group in named {
                let key = "\(group.code)|\(group.urn)"
                guard memberships[key] == nil else { continue }
                if structures[group.code] == nil {
                    let (kind, groupType) = GIASValues.groupKind(group.type)
                    var custom = CustomAttributes()
                    custom["group-type"] = groupType
                    structures[group.code] = Structure(
                        id: group.code, kind: kind, name: group.name,
                        federationType: kind == .federation ? .hard : nil, custom: custom)
                    structureLine[group.code] = schoolLine[group.urn]
                }
                memberships[key] = Membership(
                    structureID: group.code, urn: group.urn, period: ActivePeriod(end: group.left))
                membershipLine[key] = schoolLine[group.urn]
            }
        }

        /// A school the establishment links say has a successor (`Successor`, `Successor -
        /// merged`, `Successor - amalgamated`) has closed: it converted, merged or amalgamated,
        /// and the same school goes on, if at all, under its successor's URN. It is left out with
        /// its memberships where its successor is imported too, or where only a group link knew
        /// it; counted; `lineage.csv` keeps every link.
        mutating func leaveOutSuperseded() {
            // Left out when the successor is here too (the school would count twice), or when the
            // school is known only from a group link although an establishments file was given
            // (a closed school that a group's history still lists).
            let superseded = Set(
                lineage.filter {
                    $0.linkType.lowercased().hasPrefix("successor")
                        && (schools[$0.linkURN] != nil || onlyFromLinks.contains($0.urn))
                }.map(\.urn)
            ).filter { schools[$0] != nil }
            guard !superseded.isEmpty else { return }
            for urn in superseded { schools[urn] = nil }
            memberships = memberships.filter { !superseded.contains($0.value.urn) }
            let place = lineageFiles.first ?? ""
            warning(
                place, nil,
                "\(superseded.count) school\(superseded.count == 1 ? "" : "s") with a successor (converted, merged or amalgamated) left out with their memberships: the school goes on under its successor's URN; lineage.csv keeps each link"
            )
        }

        /// A school sponsor that is the multi-academy trust of the same name (GIAS records both
        /// for most trusts) is that trust: it is left out, with its memberships, and the trust
        /// notes its sponsor group (`sponsor-group`), so that no trust is drawn or counted twice.
        mutating func mergeSponsorTwins() {
            var trusts: [String: String] = [:]
            for (uid, structure) in structures where structure.kind == .mat {
                if let name = structure.name {
                    trusts[GIASValues.matchingName(name)] = min(trusts[GIASValues.matchingName(name)] ?? uid, uid)
                }
            }
            var merged = 0
            for (uid, structure) in structures.sorted(by: { URN($0.key) < URN($1.key) })
            where structure.custom["group-type"] == "school-sponsor" {
                guard let name = structure.name, let trust = trusts[GIASValues.matchingName(name)] else { continue }
                structures[uid] = nil
                memberships = memberships.filter { $0.value.structureID != uid }
                let previous = structures[trust]!.custom["sponsor-group"] ?? ""
                structures[trust]!.custom["sponsor-group"] = previous.isEmpty ? uid : previous + ";" + uid
                merged += 1
            }
            if merged > 0, let place = groupFiles.first {
                warning(
                    place, nil,
                    "\(merged) school sponsor\(merged == 1 ? "" : "s") with the name of a multi-academy trust left out as that trust (its sponsor-group column names the sponsor's Group UID)"
                )
            }
        }

        /// One note per file for Companies House numbers written as decimals.
        mutating func reportDecimalCompanies() {
            for (file, count) in decimalCompanies.sorted(by: { $0.key < $1.key }) {
                warning(
                    file, nil,
                    "\(count) Companies House number\(count == 1 ? "" : "s") written as decimals (6625091.0, as pandas writes them) read as whole numbers"
                )
            }
        }

        /// A school sponsor whose name is an establishment's: that school leads it, as sponsor.
        mutating func addSponsorLeads() {
            var byName: [String: [URN]] = [:]
            for (urn, school) in schools { byName[school.name.lowercased(), default: []].append(urn) }
            for (uid, structure) in structures where structure.custom["group-type"] == "school-sponsor" {
                guard let name = structure.name?.lowercased(), let matches = byName[name], matches.count == 1 else {
                    continue
                }
                let urn = matches[0]
                structures[uid]!.lead = urn
                let key = "\(uid)|\(urn)"
                memberships[key] = Membership(
                    structureID: uid, urn: urn, role: .sponsor, period: memberships[key]?.period ?? .always)
            }
        }

        /// Different groups with one name, and one Group ID on different groups, are kept apart by
        /// Group UID and reported.
        mutating func reportSharedNames() {
            var byName: [String: [String]] = [:]
            var byID: [String: [String]] = [:]
            for (uid, structure) in structures {
                if let name = structure.name { byName[name.lowercased(), default: []].append(uid) }
                if let id = structure.custom["group-id"], !id.isEmpty { byID[id, default: []].append(uid) }
            }
            func uids(_ list: [String]) -> String { list.sorted { URN($0) < URN($1) }.joined(separator: ", ") }
            for (name, list) in byName.sorted(by: { $0.key < $1.key }) where list.count > 1 {
                // The name as the group with the smallest UID spells it, whatever order the
                // groups were met in.
                let firstUID = list.sorted { URN($0) < URN($1) }[0]
                let first = structureLine[firstUID]
                warning(
                    first?.0 ?? "", first?.1,
                    "groups \(uids(list)) share the name '\(structures[firstUID]!.name ?? name)'; kept apart by Group UID"
                )
            }
            for (id, list) in byID.sorted(by: { $0.key < $1.key }) where list.count > 1 {
                let first = structureLine[list.sorted { URN($0) < URN($1) }[0]]
                warning(
                    first?.0 ?? "", first?.1, "Group ID \(id) is used by groups \(uids(list)); kept apart by Group UID")
            }
        }

        func result(order paths: [String]) -> GIASImport {
            let schoolList = schools.values.sorted { $0.urn < $1.urn }
            let structureList = structures.values.sorted { URN($0.id) < URN($1.id) }
            let membershipList = memberships.values.sorted {
                ($0.structureID == $1.structureID) ? $0.urn < $1.urn : URN($0.structureID) < URN($1.structureID)
            }
            let ordered = paths.flatMap { path in accounts.filter { $0.file == path } }
            return GIASImport(
                landscape: Landscape(schools: schoolList, structures: structureList, memberships: membershipList),
                lineage: lineage, accounts: ordered, diagnostics: diagnostics)
        }
    }
}

extension GIASImport {
    /// Keeps the schools of these local authorities and what touches them.
    mutating func restrict(to localAuthorities: [String]) {
        let wanted = Set(localAuthorities.map { $0.lowercased() })
        // Trusts keep their national size, whatever part of them the authorities hold.
        let all = landscape.withTrustSizes()
        let schools = all.schools.filter { $0.localAuthority.map { wanted.contains($0.lowercased()) } == true }
        let kept = Set(schools.map(\.urn))
        let memberships = all.memberships.filter { kept.contains($0.urn) }
        let used = Set(memberships.map(\.structureID))
        let structures = all.structures.filter { used.contains($0.id) }
        let lineageKept = lineage.filter { kept.contains($0.urn) || kept.contains($0.linkURN) }
        restriction =
            "restricted to \(localAuthorities.joined(separator: ", ")): kept \(schools.count) of \(all.schools.count) schools, "
            + "\(structures.count) of \(all.structures.count) structures, \(memberships.count) of \(all.memberships.count) memberships, "
            + "\(lineageKept.count) of \(lineage.count) lineage links; the rest lie outside those local authorities"
        landscape = Landscape(schools: schools, structures: structures, memberships: memberships, links: all.links)
        lineage = lineageKept
    }
}
