import Testing

@testable import SchoolNetReport

@Suite struct HTMLTests {
    @Test("text and attribute values are escaped; entities in names stay literal; non-ASCII as itself")
    func escaping() {
        let node = HTML.el(
            "td", [("title", #"a "quoted" & 'single' <b>"#)], text: "<script>alert(1)</script> &amp; Zoë")
        #expect(
            node.rendered
                == #"<td title="a &quot;quoted&quot; &amp; &#39;single&#39; &lt;b&gt;">&lt;script&gt;alert(1)&lt;/script&gt; &amp;amp; Zoë</td>"#
        )
    }

    @Test("void elements have no end tag; trusted markup goes in as it is")
    func structure() {
        #expect(HTML.el("meta", [("charset", "utf-8")]).rendered == #"<meta charset="utf-8">"#)
        #expect(HTML.el("p", [], [.trusted("<b>x</b>"), .text("<b>")]).rendered == "<p><b>x</b>&lt;b&gt;</p>")
    }

    @Test("inline SVG loses its prologue and gets ids of its own")
    func inlineSVG() {
        let svg =
            "<?xml version=\"1.0\"?>\n<!DOCTYPE svg>\n<!-- c -->\n<svg width=\"1\"><g id=\"graph0\" class=\"graph\"><g id=\"node1\"></g></g></svg>\n"
        #expect(
            InlineSVG.prepare(svg, prefix: "d1-")
                == #"<svg width="1"><g id="d1-graph0" class="graph"><g id="d1-node1"></g></g></svg>"#)
    }
}
