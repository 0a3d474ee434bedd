import Foundation
import SchoolNetModel

/// The outcome of reading a landscape bundle: the landscape (nil when the load failed) and every
/// problem found, sorted by file and line.
public struct LandscapeLoad: Sendable {
    public let landscape: Landscape?
    public let diagnostics: [Diagnostic]
    /// In lenient loading: the rows left out (each listed in a warning) and the cells left
    /// unknown in rows that were kept.
    public var skippedRows = 0
    public var unknownCells = 0

    public init(landscape: Landscape?, diagnostics: [Diagnostic], skippedRows: Int = 0, unknownCells: Int = 0) {
        self.landscape = landscape
        self.diagnostics = diagnostics
        self.skippedRows = skippedRows
        self.unknownCells = unknownCells
    }

    /// What lenient loading lost or repaired, in a sentence; nil when nothing.
    public var leniencyNote: String? {
        guard skippedRows > 0 || unknownCells > 0 else { return nil }
        return
            "Read leniently: \(skippedRows) row\(skippedRows == 1 ? "" : "s") left out and \(unknownCells) cell\(unknownCells == 1 ? "" : "s") left unknown; each is listed on standard error."
    }

    public var errors: [Diagnostic] { diagnostics.filter { $0.severity == .error } }
    public var warnings: [Diagnostic] { diagnostics.filter { $0.severity == .warning } }
}

/// Reads a landscape bundle: a folder with `schools.csv` and optional `structures.csv`,
/// `memberships.csv` and `links.csv` (the format of <doc:LandscapeFormat>).
///
/// Every problem of every file is found in one pass and reported as `file:line: message`;
/// see ``LoadMode`` for what happens to a row with a problem. The landscape's rows come in one
/// canonical order (schools by URN, structures by id, memberships by structure and school, links
/// by their ends and kind), whatever order the files hold them in, so that no answer depends on
/// it.
///
/// - Complexity: O(total size of the files), plus O(memberships of a school) per membership for
///   the exclusive-membership check.
public struct LandscapeBundleReader: Sendable {
    public var mode: LoadMode

    public init(mode: LoadMode = .strict) { self.mode = mode }

    /// Reads the bundle in `directory`.
    public func read(directory: String) -> LandscapeLoad {
        var fileProblems = DiagnosticCollector()
        var rowProblems = RowProblemLog()
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: directory, isDirectory: &isDirectory) else {
            fileProblems.error(directory, "does not exist")
            return LandscapeLoad(landscape: nil, diagnostics: fileProblems.diagnostics)
        }
        guard isDirectory.boolValue else {
            fileProblems.error(
                directory,
                "is not a folder; a landscape is a folder of CSV files, a workbook ending in .xlsx, or a JSON file ending in .json"
            )
            return LandscapeLoad(landscape: nil, diagnostics: fileProblems.diagnostics)
        }
        let files = LandscapeSchema.tables.map { table in
            TableFile.read(
                directory: directory, name: table.fileName, isRequiredFile: table.isRequired,
                requiredColumns: table.columns.filter(\.isRequired).map(\.name), diagnostics: &fileProblems,
                rowProblems: &rowProblems)
        }
        let paths = LandscapeSchema.tables.map { (directory as NSString).appendingPathComponent($0.fileName) }
        return assemble(files, paths: paths, fileProblems: fileProblems, rowProblems: rowProblems)
    }

    /// Reads tables held in memory: for each table name (`schools`, `structures`,
    /// `memberships`, `links`) its records, the header first. Problems name each table as
    /// `origin/NAME.csv` with the record's line.
    ///
    /// With `serialDates`, a date cell may hold a spreadsheet's day number (43709 is 2019-09-01),
    /// as a workbook stores dates.
    public func read(tables: [String: [CSVRecord]], origin: String, serialDates: Bool = false) -> LandscapeLoad {
        var fileProblems = DiagnosticCollector()
        var rowProblems = RowProblemLog()
        let paths = LandscapeSchema.tables.map { (origin as NSString).appendingPathComponent($0.fileName) }
        var files: [TableFile?] = []
        for (table, path) in zip(LandscapeSchema.tables, paths) {
            guard let records = tables[table.name] else {
                if table.isRequired { fileProblems.error(path, "required table is missing") }
                files.append(nil)
                continue
            }
            files.append(
                TableFile.make(
                    path: path, records: records, isRequiredFile: table.isRequired,
                    requiredColumns: table.columns.filter(\.isRequired).map(\.name), serialDates: serialDates,
                    diagnostics: &fileProblems, rowProblems: &rowProblems))
        }
        return assemble(files, paths: paths, fileProblems: fileProblems, rowProblems: rowProblems)
    }

    /// Checks the rows of the four tables together and sorts every problem by table and line.
    private func assemble(
        _ files: [TableFile?], paths: [String], fileProblems: DiagnosticCollector, rowProblems: RowProblemLog
    ) -> LandscapeLoad {
        var rowProblems = rowProblems
        var checker = ReferenceChecker(lenient: mode == .lenient)
        let schools = checker.schools(files[0]?.rows ?? [], log: &rowProblems)
        let structures = checker.structures(files[1]?.rows ?? [], log: &rowProblems)
        let memberships = checker.memberships(files[2]?.rows ?? [], log: &rowProblems)
        let links = checker.links(files[3]?.rows ?? [], log: &rowProblems)

        let all = fileProblems.diagnostics + rowProblems.diagnostics(mode: mode)
        let diagnostics = all.enumerated().sorted { a, b in
            let ka = (paths.firstIndex(of: a.element.file) ?? -1, a.element.line ?? 0, a.offset)
            let kb = (paths.firstIndex(of: b.element.file) ?? -1, b.element.line ?? 0, b.offset)
            return ka < kb
        }.map(\.element)
        let failed = diagnostics.contains { $0.severity == .error } || files[0] == nil
        // Rows in one order whatever order the files hold them in, where order carries no
        // meaning: no answer may depend on it (sums of floating-point numbers do, in their last
        // digit, and ties between equal values are broken by position).
        let landscape =
            failed
            ? nil
            : Landscape(
                schools: schools.sorted { $0.urn < $1.urn },
                structures: structures.sorted { $0.id < $1.id },
                memberships: memberships.sorted {
                    ($0.structureID, $0.urn, $0.period.start?.description ?? "")
                        < ($1.structureID, $1.urn, $1.period.start?.description ?? "")
                },
                links: links.sorted {
                    ($0.source, $0.target, $0.kind.rawValue, $0.period.start?.description ?? "")
                        < ($1.source, $1.target, $1.kind.rawValue, $1.period.start?.description ?? "")
                })
        let lenient = mode == .lenient
        return LandscapeLoad(
            landscape: landscape, diagnostics: diagnostics, skippedRows: lenient ? rowProblems.skippedRows : 0,
            unknownCells: lenient ? rowProblems.repairs.count : 0)
    }
}
