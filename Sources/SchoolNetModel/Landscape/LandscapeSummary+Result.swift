extension LandscapeSummary {
    /// The headline counts as one listing: schools, structures and links by kind, MATs by size
    /// band, and the school network's figures. In JSON the counts by kind, the bands and the
    /// assortativity sit in objects of their own (`structures`, `links`, `matSizeBands`,
    /// `assortativity`).
    ///
    /// - Parameters:
    ///   - title: the line above the listing (which landscape, at which date).
    ///   - context: the date and scope the answer describes.
    public func result(title: String? = nil, context: AnswerContext = AnswerContext()) -> AnalysisResult {
        var figures: [Figure] = [
            Figure(
                key: "schools", label: "Schools", value: .count(schools),
                note: "(\(connectedSchools) in a structure or link)"),
            .unlisted("schoolsInStructureOrLink", .count(connectedSchools)),
            Figure(
                key: "structureCount", label: "Structures", value: .count(structuresByKind.values.reduce(0, +)),
                audience: .people),
        ]
        for kind in StructureKind.allCases {
            if let n = structuresByKind[kind] {
                figures.append(
                    Figure(key: "structures/\(kind.rawValue)", label: kind.displayName, value: .count(n), level: 1))
            }
        }
        if structuresByKind.isEmpty { figures.append(.unlisted("structures", .record([]))) }
        figures.append(Figure(key: "memberships", label: "Memberships", value: .count(memberships)))
        figures.append(
            Figure(key: "linkCount", label: "Links", value: .count(linksByKind.values.reduce(0, +)), audience: .people))
        for kind in LinkKind.allCases {
            if let n = linksByKind[kind] {
                figures.append(
                    Figure(key: "links/\(kind.rawValue)", label: kind.displayName, value: .count(n), level: 1))
            }
        }
        if linksByKind.isEmpty { figures.append(.unlisted("links", .record([]))) }
        figures.append(.heading("MAT size bands (academies)"))
        for band in TrustSizeBand.allCases {
            figures.append(
                Figure(
                    key: "matSizeBands/\(band.rawValue)", label: "\(band.rawValue) (\(band.range))",
                    value: .count(trustSizeBands[band] ?? 0), level: 1))
        }
        figures += [
            .heading("School network (all layers)"),
            Figure(key: "ties", label: "ties", value: .count(ties), level: 1),
            Figure(key: "density", label: "density", value: .number(density), level: 1),
            Figure(
                key: "components", label: "components", value: .count(components),
                note: "(largest \(largestComponent) schools; \(isolatedSchools) isolated)", level: 1),
            .unlisted("largestComponent", .count(largestComponent)),
            .unlisted("isolatedSchools", .count(isolatedSchools)),
            Figure(key: "transitivity", label: "transitivity", value: .number(transitivity), level: 1),
            Figure(key: "averageClustering", label: "average clustering", value: .number(averageClustering), level: 1),
            Figure(
                key: "degreeCentralization", label: "degree centralization", value: .number(degreeCentralization),
                level: 1),
        ]
        for (attribute, value) in assortativity {
            figures.append(
                Figure(
                    key: "assortativity/\(attribute)", label: "assortativity by \(attribute)", value: .number(value),
                    level: 1))
        }
        return AnalysisResult(
            context: context,
            sections: [
                .figures(FigureList(nil, title: title, figures: figures))
            ])
    }
}
