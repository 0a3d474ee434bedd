/// Writes RFC 4180 CSV: comma separator, LF line ends, a field quoted when it holds a comma,
/// quote, line break or surrounding space, with `""` for a quote. Text is kept exactly; the
/// counterpart of ``CSVReader``.
public enum CSVWriter {
    public static func line(_ fields: [String]) -> String {
        fields.map(field).joined(separator: ",") + "\n"
    }

    public static func field(_ text: String) -> String {
        // By scalar: a quote or comma followed by a combining mark is one Swift Character that
        // equals neither, yet a CSV reader sees the quote or comma all the same.
        let needsQuotes =
            text.unicodeScalars.contains { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }
            || text.unicodeScalars.first == " " || text.unicodeScalars.last == " "
        guard needsQuotes else { return text }
        var out = String.UnicodeScalarView()
        out.append("\"")
        for scalar in text.unicodeScalars {
            if scalar == "\"" { out.append("\"") }
            out.append(scalar)
        }
        out.append("\"")
        return String(out)
    }
}
