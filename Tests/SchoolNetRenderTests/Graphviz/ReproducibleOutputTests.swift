import Testing

@testable import SchoolNetRender

@Suite struct ReproducibleOutputTests {
    @Test("PDF dates are blanked in place, keeping every byte offset")
    func blanksDates() {
        let pdf = Array("%PDF-1.5\n<< /Producer (cairo) /CreationDate (D:20261124000249Z) >>\n%%EOF".utf8)
        let out = ReproducibleOutput.pdf(pdf)
        #expect(out.count == pdf.count)
        #expect(!String(decoding: out, as: UTF8.self).contains("2026"))
        #expect(String(decoding: out, as: UTF8.self).contains("/Producer (cairo)"))
    }

    @Test("two renders of the same PDF a second apart are identical")
    func pdfIsStable() async throws {
        let dot = "digraph { a -> b }"
        let first = try GraphvizRenderer.shared.render(dot: dot, engine: .dot, formats: [.pdf]).files[.pdf]
        try await Task.sleep(nanoseconds: 1_100_000_000)
        let second = try GraphvizRenderer.shared.render(dot: dot, engine: .dot, formats: [.pdf]).files[.pdf]
        #expect(first == second)
    }
}
