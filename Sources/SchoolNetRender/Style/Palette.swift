import Foundation

/// The colours diagrams and reports use, all safe for the common colour-vision deficiencies.
public enum Palette {
    /// Okabe and Ito's categorical palette (Okabe & Ito 2008, "Color Universal Design"), without
    /// its black, in the order categories take them.
    public static let categorical = ["#E69F00", "#56B4E9", "#009E73", "#F0E442", "#0072B2", "#D55E00", "#CC79A7"]

    /// The colour of "every other category" once the categorical palette runs out.
    public static let otherCategory = "#BBBBBB"

    /// The fill of a school whose value is unknown.
    public static let unknown = "#FFFFFF"

    /// Five steps of viridis (van der Walt & Smith, matplotlib), a sequential scale that reads
    /// in order in greyscale and under colour-vision deficiencies; low to high.
    public static let sequential = ["#440154", "#3B528B", "#21918C", "#5EC962", "#FDE725"]

    /// Five steps of ColorBrewer's "Blues" (Brewer, colorbrewer2.org; marked colour-blind
    /// safe), light to dark: for shares where zero is the common case and should recede.
    public static let sequentialLight = ["#EFF3FF", "#BDD7E7", "#6BAED6", "#3182BD", "#08519C"]

    /// Black or white, whichever reads better on `fill` (`#RRGGBB`), by WCAG relative luminance.
    public static func textColour(on fill: String) -> String {
        let hex = fill.dropFirst()
        guard hex.count == 6, let value = UInt32(hex, radix: 16) else { return "#000000" }
        func linear(_ component: UInt32) -> Double {
            let c = Double(component) / 255
            return c <= 0.03928 ? c / 12.92 : pow((c + 0.055) / 1.055, 2.4)
        }
        let luminance =
            0.2126 * linear(value >> 16 & 0xFF) + 0.7152 * linear(value >> 8 & 0xFF)
            + 0.0722 * linear(value & 0xFF)
        return luminance > 0.179 ? "#000000" : "#FFFFFF"
    }
}
