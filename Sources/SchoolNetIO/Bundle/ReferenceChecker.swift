import SchoolNetModel

/// Turns the rows of the four tables into values and checks what ties them together: unique
/// URNs and structure ids, references to known schools and structures, at most one MAT and one
/// hard federation per school at a time, no repeated membership.
///
/// Rows are checked in file order; the first of two duplicates is kept.
struct ReferenceChecker {
    /// Lenient loading: a bad optional cell is left unknown and its row kept.
    let lenient: Bool

    init(lenient: Bool = false) { self.lenient = lenient }

    private var schoolLines: [URN: Int] = [:]
    /// URNs whose own row had a problem, so that references to them can say so.
    private var skippedSchoolLines: [URN: Int] = [:]
    private var structures: [String: (kind: StructureKind, federation: FederationType?, line: Int)] = [:]
    private var skippedStructureLines: [String: Int] = [:]
    private var membershipsBySchool: [URN: [(structure: String, period: ActivePeriod, line: Int)]] = [:]

    mutating func schools(_ rows: [TableRow], log: inout RowProblemLog) -> [School] {
        var schools: [School] = []
        for row in rows {
            var parser = FieldParser(row, lenient: lenient)
            let school = BundleTables.school(&parser)
            if let school, let first = schoolLines[school.urn] {
                parser.problem("urn", "duplicate URN \(school.urn) (first on line \(first))")
            }
            if let school, parser.isValid {
                schoolLines[school.urn] = row.line
                schools.append(school)
                repaired(parser, log: &log)
            } else {
                if let urn = row.value("urn"), schoolLines[URN(urn)] == nil {
                    skippedSchoolLines[URN(urn)] = row.line
                }
                record(parser, log: &log)
            }
        }
        return schools
    }

    mutating func structures(_ rows: [TableRow], log: inout RowProblemLog) -> [Structure] {
        var result: [Structure] = []
        for row in rows {
            var parser = FieldParser(row, lenient: lenient)
            var structure = BundleTables.structure(&parser)
            if let structure, let first = structures[structure.id] {
                parser.problem("id", "duplicate structure id '\(structure.id)' (first on line \(first.line))")
            }
            if let lead = structure?.lead, let problem = schoolProblem(lead) {
                if parser.repairable("lead", problem) { structure?.lead = nil }
            }
            if let structure, parser.isValid {
                structures[structure.id] = (structure.kind, structure.federationType, row.line)
                result.append(structure)
                repaired(parser, log: &log)
            } else {
                if let id = row.value("id"), structures[id] == nil { skippedStructureLines[id] = row.line }
                record(parser, log: &log)
            }
        }
        return result
    }

    mutating func memberships(_ rows: [TableRow], log: inout RowProblemLog) -> [Membership] {
        var result: [Membership] = []
        for row in rows {
            var parser = FieldParser(row, lenient: lenient)
            let membership = BundleTables.membership(&parser)
            if let membership {
                checkStructure(membership.structureID, &parser)
                checkSchool(membership.urn, column: "urn", &parser)
                if parser.isValid { checkExclusive(membership, &parser) }
            }
            if let membership, parser.isValid {
                membershipsBySchool[membership.urn, default: []].append(
                    (membership.structureID, membership.period, row.line))
                result.append(membership)
                repaired(parser, log: &log)
            } else {
                record(parser, log: &log)
            }
        }
        return result
    }

    mutating func links(_ rows: [TableRow], log: inout RowProblemLog) -> [Link] {
        var result: [Link] = []
        for row in rows {
            var parser = FieldParser(row, lenient: lenient)
            let link = BundleTables.link(&parser)
            if let link {
                checkSchool(link.source, column: "source", &parser)
                checkSchool(link.target, column: "target", &parser)
            }
            if let link, parser.isValid {
                result.append(link)
                repaired(parser, log: &log)
            } else {
                record(parser, log: &log)
            }
        }
        return result
    }

    // MARK: Checks

    private func checkSchool(_ urn: URN, column: String, _ parser: inout FieldParser) {
        if let problem = schoolProblem(urn) { parser.problem(column, problem) }
    }

    /// What is wrong with a reference to a school, if anything.
    private func schoolProblem(_ urn: URN) -> String? {
        guard schoolLines[urn] == nil else { return nil }
        if let line = skippedSchoolLines[urn] {
            return "URN \(urn) is on a row of schools.csv with a problem (line \(line))"
        }
        return "unknown URN \(urn): not in schools.csv"
    }

    private func checkStructure(_ id: String, _ parser: inout FieldParser) {
        guard structures[id] == nil else { return }
        if let line = skippedStructureLines[id] {
            parser.problem("structure", "structure '\(id)' is on a row of structures.csv with a problem (line \(line))")
        } else {
            parser.problem("structure", "unknown structure '\(id)': not in structures.csv")
        }
    }

    /// A school is in a structure once at a time, in at most one MAT and at most one hard
    /// federation at a time.
    private func checkExclusive(_ membership: Membership, _ parser: inout FieldParser) {
        guard let this = structures[membership.structureID] else { return }
        for earlier in membershipsBySchool[membership.urn] ?? [] {
            guard earlier.period.overlaps(membership.period), let other = structures[earlier.structure]
            else { continue }
            if earlier.structure == membership.structureID {
                parser.problem(
                    "urn",
                    "school \(membership.urn) is already a member of '\(membership.structureID)' at the same time (line \(earlier.line))"
                )
            } else if this.kind == .mat && other.kind == .mat {
                parser.problem(
                    "structure",
                    "school \(membership.urn) is already in MAT '\(earlier.structure)' at the same time (line \(earlier.line)); a school is in at most one MAT"
                )
            } else if this.federation == .hard && other.federation == .hard {
                parser.problem(
                    "structure",
                    "school \(membership.urn) is already in hard federation '\(earlier.structure)' at the same time (line \(earlier.line)); a school is in at most one hard federation"
                )
            }
        }
    }

    /// A skipped row's problems, and the cells that would have been left unknown had it stood.
    private func record(_ parser: FieldParser, log: inout RowProblemLog) {
        for problem in parser.problems + parser.repairs {
            log.add(parser.row.file, line: parser.row.line, column: problem.column, problem.message)
        }
    }

    /// A kept row's cells left unknown, and a date that could have been read either way.
    private func repaired(_ parser: FieldParser, log: inout RowProblemLog) {
        if let date = parser.ambiguousDate {
            log.ambiguous(parser.row.file, line: parser.row.line, written: date.written, read: date.read)
        }
        for repair in parser.repairs {
            log.repaired(parser.row.file, line: parser.row.line, column: repair.column, repair.message)
        }
    }
}
