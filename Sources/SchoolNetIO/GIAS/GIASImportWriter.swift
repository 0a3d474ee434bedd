import Foundation
import SchoolNetModel

extension GIASImport {
    /// Writes the landscape bundle, `lineage.csv` (every establishment link, whole) and
    /// `import-report.txt` (the account of every input row, then every skipped or repaired row
    /// as `file:line: message`). Each file is written atomically.
    public func write(to directory: String) throws {
        try LandscapeBundleWriter.write(landscape, to: directory)
        var lineageText = CSVWriter.line(["urn", "link-urn", "link-name", "link-type", "date"])
        for link in lineage {
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
