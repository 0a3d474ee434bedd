extension PlaceAnalysis {
    /// The areas (coverage, pairing, cold spots and MAT size bands per local authority or
    /// region), their total (one row, `all`), the cold spots, and the spread of each structure; the level (`by`) and the
    /// thresholds are echoed.
    public func result(_ landscape: Landscape, context: AnswerContext = AnswerContext()) -> AnalysisResult {
        var context = context
        context.parameters = FigureList(
            "thresholds", title: "Thresholds", style: .inline,
            figures: [
                Figure(
                    key: "low_grades", value: .list(thresholds.lowGrades.map(\.rawValue).sorted().map(ResultValue.text))
                ),
                Figure(
                    key: "high_grades",
                    value: .list(thresholds.highGrades.map(\.rawValue).sorted().map(ResultValue.text))),
                Figure(key: "disadvantage", value: .number(thresholds.disadvantage)),
                Figure(key: "ties", value: .text(ties.rawValue)),
            ])
        let areaName = level == .la ? "local authority" : "region"
        var areaColumns: [ResultColumn<Area>] = [
            ResultColumn(level.rawValue, label: areaName, meaning: "The \(areaName) (unknown when blank).") {
                .text($0.name)
            },
            .count("schools", meaning: "Schools in the area.") { $0.schools },
            .count("in_structure", label: "in a structure", meaning: "Schools in at least one structure.") {
                $0.inStructure
            },
            .number("coverage", meaning: "Share of the area's schools in at least one structure.", unit: "share 0 to 1")
            { $0.coverage },
            ResultColumn(
                "low_performers",
                meaning:
                    "Schools whose Ofsted grade is among the low grades; not judged where fewer than half have a grade.",
                numeric: true
            ) { $0.canJudgePerformance ? .count($0.lowPerformers) : .insufficientData },
            ResultColumn(
                "paired",
                meaning:
                    "Low performers tied to a high performer by the headline ties (--ties; by default a support link from one or a shared trust or federation).",
                numeric: true
            ) { $0.canJudgePerformance ? .count($0.paired) : .insufficientData },
            ResultColumn(
                "pairing", meaning: "Paired over low performers; undefined without low performers.",
                unit: "share 0 to 1",
                numeric: true
            ) { $0.canJudgePerformance ? .number($0.pairing) : .insufficientData },
            ResultColumn(
                "at_risk",
                meaning:
                    "Low-performing or disadvantaged schools that are not high performers themselves: the cold spots' denominator.",
                numeric: true
            ) { $0.canJudgeColdSpots ? .count($0.atRisk) : .insufficientData },
            ResultColumn(
                "cold_spots",
                meaning:
                    "Low-performing or disadvantaged schools with no tie to a high performer; not judged where fewer than half have a grade or a free-school-meal share.",
                numeric: true
            ) { $0.canJudgeColdSpots ? .count($0.coldSpots) : .insufficientData },
        ]
        for band in TrustSizeBand.allCases {
            areaColumns.append(
                .count(
                    "mat_\(band.rawValue)", label: "MATs \(band.rawValue)",
                    meaning: "Trusts of \(band.range) academies whose lead is in the area."
                ) { $0.trustBands[band] ?? 0 })
        }
        areaColumns += [
            .count("ofsted_known", meaning: "Schools with an Ofsted grade.") { $0.withOfsted },
            .count("judgeable", meaning: "Schools with an Ofsted grade or a free-school-meal share.") { $0.judgeable },
            ResultColumn(
                "paired_any_tie",
                meaning:
                    "Low performers with a tie of any kind to a high performer, a shared cluster, hub or partnership included.",
                numeric: true
            ) { $0.canJudgePerformance ? .count($0.pairedAnyTie) : .insufficientData },
            ResultColumn(
                "pairing_any_tie", meaning: "paired_any_tie over low performers.", unit: "share 0 to 1", numeric: true
            ) { $0.canJudgePerformance ? .number($0.pairingAnyTie) : .insufficientData },
            ResultColumn(
                "cold_spots_any_tie",
                meaning: "Low-performing or disadvantaged schools with no tie of any kind to a high performer.",
                numeric: true
            ) { $0.canJudgeColdSpots ? .count($0.coldSpotsAnyTie) : .insufficientData },
        ]
        let schools = areas.reduce(0) { $0 + $1.schools }
        let withOfsted = areas.reduce(0) { $0 + $1.withOfsted }
        let judgeable = areas.reduce(0) { $0 + $1.judgeable }
        if withOfsted < schools {
            context.notes.append(
                "Ofsted grades are known for \(withOfsted) of \(schools) schools, and a grade or a free-school-meal share for \(judgeable)."
            )
        }
        let unjudgedPerformance = areas.filter { !$0.canJudgePerformance }.count
        let unjudgedColdSpots = areas.filter { !$0.canJudgeColdSpots }.count
        if unjudgedPerformance > 0 || unjudgedColdSpots > 0 {
            context.notes.append(
                "Insufficient data: low performers and pairing are not judged in \(unjudgedPerformance) of \(areas.count) areas, "
                    + "where fewer than half the schools have an Ofsted grade; cold spots in \(unjudgedColdSpots), where fewer "
                    + "than half have a grade or a free-school-meal share. The cold spots listed are only those that could be judged."
            )
        }
        return AnalysisResult(
            context: context,
            sections: [
                .figures(FigureList(nil, figures: [Figure(key: "by", value: .text(level.rawValue))])),
                .table(ResultTable("areas", rows: areas, columns: areaColumns)),
                .table(ResultTable("total", title: "All schools", rows: [total], columns: areaColumns)),
                .table(
                    ResultTable(
                        "cold-spots", rows: coldSpots,
                        columns: [
                            .urn(\.urn), .schoolName { landscape.school($0.urn)?.name },
                            ResultColumn(level.rawValue, label: areaName, meaning: "The school's \(areaName).") {
                                .text($0.area)
                            },
                            ResultColumn("ofsted", meaning: "The school's Ofsted grade.") {
                                .choice(landscape.school($0.urn)?.ofsted)
                            },
                            ResultColumn(
                                "disadvantage", meaning: "Share of pupils eligible for free school meals.",
                                unit: "share 0 to 1",
                                numeric: true
                            ) {
                                .number(landscape.school($0.urn)?.disadvantage)
                            },
                            ResultColumn("reason", meaning: "low-performing, disadvantaged, or both.") {
                                .text($0.reason)
                            },
                        ])),
                .table(
                    ResultTable(
                        "spread", rows: spread,
                        columns: ResultColumn.structureAndKind(in: landscape, id: { $0.id }, kind: { $0.kind }) + [
                            .count("members", meaning: "Member schools.") { $0.members },
                            .count(
                                "local_authorities", label: "local authorities",
                                meaning: "Distinct local authorities of the members."
                            ) { $0.localAuthorities },
                            .number(
                                "mean_km", label: "mean km between members",
                                meaning: "Mean great-circle distance between two members with coordinates (haversine).",
                                unit: "km"
                            ) {
                                $0.meanKilometres
                            },
                            .number(
                                "max_km", label: "max km", meaning: "Largest distance between two members.", unit: "km"
                            ) {
                                $0.maxKilometres
                            },
                        ])),
            ])
    }
}
