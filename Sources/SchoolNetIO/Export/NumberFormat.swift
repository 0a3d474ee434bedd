/// How numbers are written in CSV and JSON: whole numbers without a decimal point, others in
/// the shortest form that reads back to the same Double, NaN as an empty value. The same
/// number always gives the same text.
public enum NumberFormat {
    public static func exact(_ value: Double) -> String {
        if value.isNaN { return "" }
        if value == value.rounded(), abs(value) < 1e15 { return String(Int64(value)) }
        return "\(value)"
    }

    /// Four decimals, for tables meant to be read; a value that rounds to a whole number is
    /// written as one (`10`, whether it was 10 or 10.000000000000004).
    public static func table(_ value: Double) -> String {
        if value.isNaN { return "–" }
        let scaled = (value * 10_000).rounded() / 10_000
        if scaled == scaled.rounded(), abs(scaled) < 1e15 { return String(Int64(scaled)) }
        var text = "\(scaled)"
        if let dot = text.firstIndex(of: "."), !text.contains("e") {
            let decimals = text.distance(from: dot, to: text.endIndex) - 1
            text += String(repeating: "0", count: max(0, 4 - decimals))
        }
        return text
    }
}
