/// An aligned text table: text columns left-aligned, numeric columns (`numericFrom ..<
/// numericUpTo`) right-aligned, long text cut with an ellipsis so that rows stay on one line.
enum TablePrinter {
    static func render(header: [String], rows: [[String]], numericFrom: Int, numericUpTo: Int = .max, maxTextWidth: Int = 44) -> String {
        let numeric = numericFrom..<max(numericFrom, numericUpTo)
        let cells = ([header] + rows).map { row in
            row.enumerated().map { column, text in
                let flat = text.replacingOccurrences(of: "\n", with: " ")
                return !numeric.contains(column) && flat.count > maxTextWidth ? String(flat.prefix(maxTextWidth - 1)) + "…" : flat
            }
        }
        let widths = header.indices.map { c in cells.map { $0[c].count }.max() ?? 0 }
        return cells.map { row in
            row.enumerated().map { c, text in
                let pad = String(repeating: " ", count: widths[c] - text.count)
                return numeric.contains(c) ? pad + text : text + pad
            }.joined(separator: "  ").replacingOccurrences(of: "\\s+$", with: "", options: .regularExpression)
        }.joined(separator: "\n") + "\n"
    }
}
