import SchoolNetModel

/// The key findings a report opens with, each written from a result the page goes on to show
/// (never canned text), linked to its section, and saying where the data fell short: coverage,
/// the strict pairing figure beside the any-tie one, cold spots, alliance patterns, hybrid
/// structures, the top brokers and what changed in the year.
enum ReportHeadline {
    static func findings(
        summary: AnalysisResult, place: AnalysisResult, findings: AnalysisResult, hybrids: AnalysisResult,
        brokers: ResultTable?, change: ReportChanges?, basis: DateBasis?, leadsRecorded: Bool,
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
        let withOfsted = count("ofsted_known") ?? 0
        let judgeable = count("judgeable") ?? 0
        let gradesMissing =
            withOfsted < schools ? "Ofsted grades are known for \(withOfsted) of \(schools) schools." : nil

        if let inStructure = count("in_structure"), schools > 0 {
            add(
                "place",
                "\(inStructure) of \(schools) schools (\(percent(inStructure, schools))) are in at least one structure."
            )
        }
        if let low = count("low_performers"), let paired = count("paired") {
            if low == 0 {
                add(
                    "place", "No school has a low Ofsted grade, so there is no pairing to measure.",
                    missing: gradesMissing)
            } else {
                let any =
                    count("paired_any_tie").map {
                        " Counting every tie, a shared cluster or hub included: \($0) (\(percent($0, low)))."
                    } ?? ""
                add(
                    "place",
                    "Support from a high performer (a support link or a shared trust or federation) reaches \(paired) of \(low) low-performing schools (\(percent(paired, low)))."
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
                "\(cold) of \(atRisk) low-performing or disadvantaged schools have no support from a high performer (cold spots).",
                missing: judgeable < schools
                    ? "A grade or a free-school-meal share is known for \(judgeable) of \(schools) schools." : nil)
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
            "\(pairs) pair\(pairs == 1 ? "" : "s") of structures of different kinds share most of their members"
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
            add("brokers", "The strongest brokers, most often between other schools: \(list(names)).")
        }
        if let change {
            let formed = change.count("formed")
            let dissolved = change.count("dissolved")
            let joins = change.count("joins")
            let leaves = change.count("leaves")
            let started = change.count("links_started")
            let ended = change.count("links_ended")
            add(
                "changes",
                "Since \(change.from): \(formed) structure\(formed == 1 ? "" : "s") formed and \(dissolved) dissolved; \(joins) join\(joins == 1 ? "" : "s") and \(leaves) leave\(leaves == 1 ? "" : "s"); \(started) link\(started == 1 ? "" : "s") started and \(ended) ended."
            )
        } else if basis == .allDates {
            add("summary", "The report merges every date the files record, so it cannot say what changed.")
        } else {
            add("summary", "The files record no dates, so the report cannot say what changed.")
        }
        return items
    }

    /// A whole-number percentage: how the headline words a share.
    static func percent(_ part: Int, _ whole: Int) -> String {
        whole == 0 ? "–" : "\(Int((100 * Double(part) / Double(whole)).rounded()))%"
    }

    private static func list(_ names: [String]) -> String {
        names.count <= 1 ? names.joined() : names.dropLast().joined(separator: ", ") + " and " + names.last!
    }
}
