import SchoolNetModel

/// The key findings a report opens with, each written from a result the page goes on to show
/// (never canned text), linked to its section, and saying where the data fell short: coverage,
/// the strict pairing figure beside the any-tie one, cold spots, alliance patterns, hybrid
/// structures, the top brokers and what changed in the year.
enum ReportHeadline {
    static func findings(
        summary: AnalysisResult, place: AnalysisResult, findings: AnalysisResult, hybrids: AnalysisResult,
        brokers: ResultTable?, change: ReportChanges?, basis: DateBasis?, ties: PairingTies, layers: [String]?,
        leadsRecorded: Bool, supportLinksRecorded: Bool = true,
        sections: [String: String]
    ) -> [HTML] {
        var items: [HTML] = []
        func add(_ section: String, _ text: String, missing: String? = nil) {
            var children: [HTML] = [.text(text + " ")]
            if let title = sections[section] {
                children.append(.el("a", [("href", "#\(section)")], text: "\(title) →"))
            }
            if let missing { children += [.el("br"), .el("span", [("class", "missing")], text: missing)] }
            items.append(.el("li", [], children))
        }

        let total = place.table("total")
        func figure(_ column: String) -> ResultValue? {
            guard let total, let i = total.position(of: column), let row = total.rows.first else { return nil }
            return row[i]
        }
        func count(_ column: String) -> Int? {
            if case .count(let n)? = figure(column) { return n }
            return nil
        }
        let schools = count("schools") ?? 0
        // What "any tie" means here: every kind, or only the layers the reader chose.
        let anyTie =
            layers.map { "every tie in the layers chosen (\($0.joined(separator: ", ")))" }
            ?? "every tie, a shared cluster or hub included"
        let withOfsted = count("ofsted_known") ?? 0
        let judgeable = count("judgeable") ?? 0
        let noSupportLinks =
            supportLinksRecorded || ties == .any
            ? nil : "The files record no support links: support here is only a shared trust or federation."
        let gradesMissing =
            [
                withOfsted < schools ? "Ofsted grades are known for \(withOfsted) of \(schools) schools." : nil,
                noSupportLinks,
            ]
            .compactMap { $0 }.joined(separator: " ")
            .nilIfEmpty

        if let inStructure = count("in_structure"), schools > 0 {
            add(
                "place",
                "\(inStructure) of \(Self.schools(schools, "school")) (\(percent(inStructure, schools))) \(inStructure == 1 ? "is" : "are") in at least one structure."
            )
        }
        if let low = count("low_performers"), let paired = count("paired") {
            if low == 0 {
                add(
                    "place", "No school has a low Ofsted grade, so there is no pairing to measure.",
                    missing: gradesMissing)
            } else if ties == .any {
                add(
                    "place",
                    "Counting \(anyTie), a high performer reaches \(paired) of \(Self.schools(low, "low-performing school")) (\(percent(paired, low))).",
                    missing: gradesMissing)
            } else {
                let any =
                    count("paired_any_tie").map {
                        " Counting \(anyTie): \($0) (\(percent($0, low)))."
                    } ?? ""
                add(
                    "place",
                    "Support from a high performer (a support link or a shared trust or federation) reaches \(paired) of \(Self.schools(low, "low-performing school")) (\(percent(paired, low)))."
                        + any, missing: gradesMissing)
            }
        } else if schools > 0 {
            add(
                "place",
                "Low performers and their pairing could not be judged: fewer than half the schools have an Ofsted grade.",
                missing: gradesMissing)
        }
        if let cold = count("cold_spots"), let atRisk = count("at_risk") {
            add(
                "place",
                "\(cold) of \(Self.schools(atRisk, "low-performing or disadvantaged school")) \(cold == 1 ? "has" : "have") no "
                    + (ties == .any
                        ? "tie to a high performer (counting \(anyTie); cold spots)."
                        : "support from a high performer (cold spots)."),
                missing: [
                    judgeable < schools
                        ? "A grade or a free-school-meal share is known for \(judgeable) of \(schools) schools." : nil,
                    noSupportLinks,
                ].compactMap { $0 }.joined(separator: " ").nilIfEmpty)
        } else if schools > 0 {
            add(
                "place",
                "Cold spots could not be judged: fewer than half the schools have an Ofsted grade or a free-school-meal share."
            )
        }

        if let table = findings.table("findings"), let p = table.position(of: "pattern"),
            let v = table.position(of: "verdict")
        {
            if table.rows.isEmpty {
                add(
                    "findings",
                    "No structure has a lead, so no alliance could be judged hierarchical, exclusive or marketised.")
            } else {
                let judged = table.rows.filter { $0[v] != .text(Verdict.insufficientData.rawValue) }
                let found = AlliancePattern.allCases.map { pattern in
                    let n = judged.filter { $0[p] == .text(pattern.rawValue) && $0[v] == .text(Verdict.yes.rawValue) }
                        .count
                    return "\(n) \(pattern.rawValue)"
                }
                let lacking = table.rows.count - judged.count
                add(
                    "findings",
                    "Alliances judged: \(found.joined(separator: ", ")), among \(judged.count) judgements with enough data.",
                    missing: lacking > 0
                        ? "\(lacking) of \(table.rows.count) judgements lacked the members, ties or attainment they need."
                        : nil)
            }
        }
        let leads = hybrids.table("leads")?.rows.count ?? 0
        let pairs = hybrids.table("pairs")?.rows.count ?? 0
        let pairText =
            "\(pairs) pair\(pairs == 1 ? "" : "s") of structures of different kinds \(pairs == 1 ? "shares" : "share") most of their members"
        if leadsRecorded {
            add(
                "hybrids",
                "Hybrid structures: \(leads) school\(leads == 1 ? "" : "s") lead\(leads == 1 ? "s" : "") structures of more than one kind; \(pairText)."
            )
        } else {
            add(
                "hybrids", "Hybrid structures: \(pairText).",
                missing: "No structure records a lead, so schools that lead more than one kind cannot be found.")
        }
        if let brokers, let n = brokers.position(of: "name"), !brokers.rows.isEmpty {
            let names = brokers.rows.prefix(3).map { "“\(ResultHTML.text($0[n]))”" }
            add(
                "brokers",
                (names.count == 1 ? "The strongest broker" : "The strongest brokers")
                    + ", most often between other schools: \(list(names)).")
        }
        if let change {
            add("changes", "Since \(change.from): \(change.phrases.joined(separator: ", ")).")
        } else if basis == .allDates {
            add("summary", "The report merges every date the files record, so it cannot say what changed.")
        } else if basis == .noDates {
            add("summary", "The files record no dates, so the report cannot say what changed.")
        } else {
            add("summary", "The report was given no earlier state of the landscape, so it cannot say what changed.")
        }
        return items
    }

    /// "1 school", "3 schools".
    static func schools(_ n: Int, _ noun: String) -> String { "\(n) \(noun)\(n == 1 ? "" : "s")" }

    /// A whole-number percentage: how the headline words a share.
    static func percent(_ part: Int, _ whole: Int) -> String {
        whole == 0 ? "–" : "\(Int((100 * Double(part) / Double(whole)).rounded()))%"
    }

    private static func list(_ names: [String]) -> String {
        names.count <= 1 ? names.joined() : names.dropLast().joined(separator: ", ") + " and " + names.last!
    }
}

extension String {
    fileprivate var nilIfEmpty: String? { isEmpty ? nil : self }
}
