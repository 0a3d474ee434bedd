import Foundation
import SchoolNetModel

extension GIASImport {
    /// Writes the landscape bundle, `lineage.csv` (every establishment link, whole) and
    /// `import-report.txt` (the account of every input row, then every skipped or repaired row
    /// as `file:line: message`). Each file is written atomically. Lineage is sorted by URN, then
    /// linked URN, type and date, so that the same extract in any row order writes the same file.
    public func write(to directory: String) throws {
        try LandscapeBundleWriter.write(landscape, to: directory)
        var lineageText = CSVWriter.line(["urn", "link-urn", "link-name", "link-type", "date"])
        let sorted = lineage.sorted {
            ($0.urn, $0.linkURN.rawValue, $0.linkType, $0.date?.description ?? "", $0.linkName)
                < ($1.urn, $1.linkURN.rawValue, $1.linkType, $1.date?.description ?? "", $1.linkName)
        }
        for link in sorted {
            lineageText += CSVWriter.line([
                link.urn.rawValue, link.linkURN.rawValue, link.linkName, link.linkType, link.date?.description ?? "",
            ])
        }
        try AtomicFile.write(lineageText, to: (directory as NSString).appendingPathComponent("lineage.csv"))
        try AtomicFile.write(report, to: (directory as NSString).appendingPathComponent("import-report.txt"))
    }

    /// One line per input file: rows = imported + skipped, repairs and placeholders.
    public var accountLines: [String] {
        accounts.map { account in
            "\(account.file) (\(account.extract?.rawValue ?? "not read")): \(account.rows) rows = \(account.imported) imported"
                + " (\(account.repaired) repaired) + \(account.skipped) skipped; \(account.placeholders) placeholder cells read as unknown"
        }
    }

    /// What the bundle holds.
    public var contentLine: String {
        let kinds = Dictionary(grouping: landscape.structures) { $0.custom["group-type"] ?? $0.kind.rawValue }
            .map { "\($0.value.count) \($0.key)" }.sorted().joined(separator: ", ")
        return "\(landscape.schools.count) schools, \(landscape.structures.count) structures (\(kinds)), "
            + "\(landscape.memberships.count) memberships, \(lineage.count) lineage links"
    }

    public var report: String {
        var text =
            "schoolnet import-gias\n\nContains public sector information licensed under the Open Government Licence v3.0 "
            + "(Department for Education, Get Information about Schools).\n\n"
        text += "Input rows, every one accounted for:\n" + accountLines.map { "  " + $0 + "\n" }.joined()
        if let restriction { text += "\n" + restriction + "\n" }
        text += "\nWritten: " + contentLine + "\n"
        let problems = diagnostics.map(\.description)
        text += "\n\(problems.count) problem(s) (errors, skipped and repaired rows, shared names):\n"
        text += problems.map { $0 + "\n" }.joined()
        return text
    }
}
