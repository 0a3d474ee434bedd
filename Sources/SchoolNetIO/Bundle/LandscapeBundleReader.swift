import Foundation
import SchoolNetModel

/// The outcome of reading a landscape bundle: the landscape (nil when the load failed) and every
/// problem found, sorted by file and line.
public struct LandscapeLoad: Sendable {
    public let landscape: Landscape?
    public let diagnostics: [Diagnostic]

    public var errors: [Diagnostic] { diagnostics.filter { $0.severity == .error } }
    public var warnings: [Diagnostic] { diagnostics.filter { $0.severity == .warning } }
}

/// Reads a landscape bundle: a folder with `schools.csv` and optional `structures.csv`,
/// `memberships.csv` and `links.csv` (the format of `spec/landscape-format.md`).
///
/// Every problem of every file is found in one pass and reported as `file:line: message`;
/// see ``LoadMode`` for what happens to a row with a problem.
///
/// - Complexity: O(total size of the files), plus O(memberships of a school) per membership for
///   the exclusive-membership check.
public struct LandscapeBundleReader: Sendable {
    public var mode: LoadMode

    public init(mode: LoadMode = .strict) { self.mode = mode }

    public func read(directory: String) -> LandscapeLoad {
        var fileProblems = DiagnosticCollector()
        var rowProblems = RowProblemLog()
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: directory, isDirectory: &isDirectory),
            isDirectory.boolValue
        else {
            fileProblems.error(directory, "is not a folder; a landscape is a folder of CSV files")
            return LandscapeLoad(landscape: nil, diagnostics: fileProblems.diagnostics)
        }
        func table(_ name: String, required: Bool, columns: [String]) -> TableFile? {
            TableFile.read(
                directory: directory, name: name, isRequiredFile: required,
                requiredColumns: columns, diagnostics: &fileProblems, rowProblems: &rowProblems)
        }
        let schoolsTable = table(BundleTables.schoolsFile, required: true, columns: ["urn", "name"])
        let structuresTable = table(BundleTables.structuresFile, required: false, columns: ["id", "kind"])
        let membershipsTable = table(BundleTables.membershipsFile, required: false, columns: ["structure", "urn"])
        let linksTable = table(BundleTables.linksFile, required: false, columns: ["source", "target", "kind"])

        var checker = ReferenceChecker()
        let schools = checker.schools(schoolsTable?.rows ?? [], log: &rowProblems)
        let structures = checker.structures(structuresTable?.rows ?? [], log: &rowProblems)
        let memberships = checker.memberships(membershipsTable?.rows ?? [], log: &rowProblems)
        let links = checker.links(linksTable?.rows ?? [], log: &rowProblems)

        let fileOrder = [
            BundleTables.schoolsFile, BundleTables.structuresFile, BundleTables.membershipsFile,
            BundleTables.linksFile,
        ].map { (directory as NSString).appendingPathComponent($0) }
        let all = fileProblems.diagnostics + rowProblems.diagnostics(mode: mode)
        let diagnostics = all.enumerated().sorted { a, b in
            let ka = (fileOrder.firstIndex(of: a.element.file) ?? -1, a.element.line ?? 0, a.offset)
            let kb = (fileOrder.firstIndex(of: b.element.file) ?? -1, b.element.line ?? 0, b.offset)
            return ka < kb
        }.map(\.element)
        let failed = diagnostics.contains { $0.severity == .error } || schoolsTable == nil
        let landscape = failed ? nil : Landscape(
            schools: schools, structures: structures, memberships: memberships, links: links)
        return LandscapeLoad(landscape: landscape, diagnostics: diagnostics)
    }
}
