import Foundation

extension SVGChart {
    /// One series of a stacked column chart: its name in the key and its colour.
    public struct Series: Sendable {
        public var name: String
        public var colour: String

        public init(name: String, colour: String) {
            self.name = name
            self.colour = colour
        }
    }

    /// Stacked columns, one per period (a year), each split by series, with the total above the
    /// column and a key naming the series drawn: structures by kind, year by year.
    ///
    /// - Parameters:
    ///   - columns: each period's label and one value per series, in `series` order.
    ///   - series: the series' names and colours, bottom of the column first.
    ///   - title: what the chart shows, for screen readers and tooltips.
    /// - Complexity: O(columns × series).
    public static func stackedColumns(
        _ columns: [(label: String, values: [Double])], series: [Series], title: String
    ) -> String {
        let used = series.indices.filter { i in columns.contains { $0.values[i] > 0 } }
        let chartHeight = 180.0
        // Columns narrow as years are added, so that the chart stays about 700 px wide and its
        // labels keep their size; with many years, every few years are labelled.
        let columnWidth = max(10, min(34, 640 / Double(max(columns.count, 1)) - 6))
        let gap = columnWidth >= 30 ? 14.0 : 6.0
        let every = Int((36 / (columnWidth + gap)).rounded(.up)).clamped(1, 10)
        let left = 40.0
        let top = 22.0
        let keyWidth = 12 + 7 * Double(used.map { series[$0].name.count }.max() ?? 0) + 24
        let plotWidth = Double(columns.count) * (columnWidth + gap)
        let width = left + plotWidth + 20 + keyWidth
        let height = top + chartHeight + 40
        let largest = columns.map { $0.values.reduce(0, +) }.max() ?? 0
        let scale = largest > 0 ? chartHeight / largest : 0
        var svg =
            #"<svg xmlns="http://www.w3.org/2000/svg" class="chart" role="img" viewBox="0 0 \#(format(width)) \#(format(height))" width="\#(format(width))" height="\#(format(height))">"#
        svg += "<title>\(HTML.escape(title))</title>"
        let base = top + chartHeight
        svg +=
            ##"<line x1="\##(format(left - 4))" y1="\##(format(base))" x2="\##(format(left + plotWidth))" y2="\##(format(base))" stroke="#8C8C8C"/>"##
        for (n, column) in columns.enumerated() {
            let x = left + Double(n) * (columnWidth + gap)
            var y = base
            for i in used where column.values[i] > 0 {
                let h = column.values[i] * scale
                y -= h
                svg +=
                    #"<rect x="\#(format(x))" y="\#(format(y))" width="\#(format(columnWidth))" height="\#(format(h))" fill="\#(series[i].colour)"><title>\#(HTML.escape("\(column.label): \(series[i].name) \(Int(column.values[i].rounded()))"))</title></rect>"#
            }
            let total = column.values.reduce(0, +)
            // Every few years, counted back from the latest, which is always labelled.
            let labelled = (columns.count - 1 - n) % every == 0
            if labelled {
                svg +=
                    #"<text x="\#(format(x + columnWidth / 2))" y="\#(format(y - 4))" text-anchor="middle">\#(Int(total.rounded()))</text>"#
                svg +=
                    #"<text x="\#(format(x + columnWidth / 2))" y="\#(format(base + 16))" text-anchor="middle" class="axis">\#(HTML.escape(column.label))</text>"#
            }
        }
        let keyLeft = left + plotWidth + 20
        for (row, i) in used.enumerated() {
            let y = top + Double(row) * 20
            svg +=
                #"<rect x="\#(format(keyLeft))" y="\#(format(y))" width="12" height="12" fill="\#(series[i].colour)"/>"#
            svg += #"<text x="\#(format(keyLeft + 18))" y="\#(format(y + 11))">\#(HTML.escape(series[i].name))</text>"#
        }
        return svg + "</svg>"
    }
}

extension Int {
    fileprivate func clamped(_ low: Int, _ high: Int) -> Int { Swift.min(Swift.max(self, low), high) }
}
