/// Writes RFC 4180 CSV: comma separator, LF line ends, a field quoted when it holds a comma,
/// quote, line break or surrounding space, with `""` for a quote. Text is kept exactly; the
/// counterpart of ``CSVReader``.
public enum CSVWriter {
    public static func line(_ fields: [String]) -> String {
        fields.map(field).joined(separator: ",") + "\n"
    }

    public static func field(_ text: String) -> String {
        let needsQuotes =
            text.contains { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }
            || text.first == " " || text.last == " "
        guard needsQuotes else { return text }
        return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
