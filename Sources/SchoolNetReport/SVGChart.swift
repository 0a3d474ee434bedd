import Foundation
import SchoolNetRender

/// Small charts drawn as inline SVG: no script, no external file. Every label is escaped.
public enum SVGChart {
    /// One bar of a bar chart.
    public struct Bar: Sendable {
        public var label: String
        public var value: Double
        /// What is printed at the end of the bar.
        public var text: String

        public init(label: String, value: Double, text: String) {
            self.label = label
            self.value = value
            self.text = text
        }
    }

    /// A horizontal bar chart, one row per bar, scaled to `maximum` (else the largest value).
    ///
    /// - Complexity: O(bars).
    public static func bars(_ bars: [Bar], title: String, maximum: Double? = nil, colour: String = "#0072B2") -> String
    {
        let labelWidth = min(260, 12 + 7 * (bars.map(\.label.count).max() ?? 0))
        let barWidth = 320
        let rowHeight = 22
        let top = 8
        let height = top + rowHeight * bars.count + 8
        let width = labelWidth + barWidth + 80
        let largest = maximum ?? bars.map(\.value).max() ?? 0
        var svg =
            #"<svg xmlns="http://www.w3.org/2000/svg" class="chart" role="img" viewBox="0 0 \#(width) \#(height)" width="\#(width)" height="\#(height)">"#
        svg += "<title>\(HTML.escape(title))</title>"
        for (n, bar) in bars.enumerated() {
            let y = top + n * rowHeight
            let length = largest > 0 ? Double(barWidth) * max(bar.value, 0) / largest : 0
            svg += #"<text x="\#(labelWidth - 6)" y="\#(y + 15)" text-anchor="end">\#(HTML.escape(bar.label))</text>"#
            svg +=
                #"<rect x="\#(labelWidth)" y="\#(y + 3)" width="\#(format(length))" height="\#(rowHeight - 6)" fill="\#(colour)"/>"#
            svg +=
                #"<text x="\#(format(Double(labelWidth) + length + 5))" y="\#(y + 15)">\#(HTML.escape(bar.text))</text>"#
        }
        return svg + "</svg>"
    }

    /// A heatmap of a square matrix: `values[row][column]` in 0…1 (nil is left blank), shaded
    /// in five steps of ColorBrewer Blues (`Palette/sequentialLight`) and printed as a percentage.
    ///
    /// - Complexity: O(k²) for k labels.
    public static func heatmap(
        labels: [String], values: [[Double?]], title: String, rowHeading: String, columnHeading: String
    ) -> String {
        let cell = 58
        let longest = labels.map(\.count).max() ?? 0
        let labelWidth = 12 + 7 * longest
        // Column labels are slanted (40°) so that long names never run into each other.
        let top = 34 + Int(4.6 * Double(longest))
        let width = max(
            labelWidth + cell * labels.count + 10 + Int(5.4 * Double(longest)),
            12 + 7 * (max(rowHeading.count, columnHeading.count) + 8))
        let height = top + cell * labels.count + 28
        var svg =
            #"<svg xmlns="http://www.w3.org/2000/svg" class="chart" role="img" viewBox="0 0 \#(width) \#(height)" width="\#(width)" height="\#(height)">"#
        svg += "<title>\(HTML.escape(title))</title>"
        svg += #"<text x="\#(labelWidth)" y="14" class="axis">\#(HTML.escape(columnHeading)) →</text>"#
        for (j, label) in labels.enumerated() {
            svg +=
                #"<text transform="translate(\#(labelWidth + j * cell + cell / 2 - 4) \#(top - 8)) rotate(-40)" text-anchor="start">\#(HTML.escape(label))</text>"#
        }
        for (i, label) in labels.enumerated() {
            let y = top + i * cell
            svg +=
                #"<text x="\#(labelWidth - 6)" y="\#(y + cell / 2 + 4)" text-anchor="end">\#(HTML.escape(label))</text>"#
            for (j, value) in values[i].enumerated() {
                let x = labelWidth + j * cell
                guard let value, value.isFinite else {
                    svg +=
                        ##"<rect x="\##(x)" y="\##(y)" width="\##(cell - 2)" height="\##(cell - 2)" fill="#F4F4F4"/>"##
                    continue
                }
                let steps = Palette.sequentialLight.count
                let fill = Palette.sequentialLight[max(min(Int(value * Double(steps)), steps - 1), 0)]
                svg += #"<rect x="\#(x)" y="\#(y)" width="\#(cell - 2)" height="\#(cell - 2)" fill="\#(fill)"/>"#
                svg +=
                    #"<text x="\#(x + cell / 2 - 1)" y="\#(y + cell / 2 + 4)" text-anchor="middle" style="fill:\#(Palette.textColour(on: fill))">\#(Int((value * 100).rounded()))%</text>"#
            }
        }
        svg += #"<text x="4" y="\#(height - 8)" class="axis">rows: \#(HTML.escape(rowHeading))</text>"#
        return svg + "</svg>"
    }

    static func format(_ value: Double) -> String { String(format: "%.1f", value) }
}
