import SchoolNetModel

/// The legend of a diagram: one HTML-like label naming every style the diagram uses, and
/// nothing else. Every piece of text is escaped, the package's own and the user's (a custom
/// attribute's values, a measure's name) alike.
public struct Legend: Equatable, Sendable {
    public var groups: [StructureKind] = []
    /// What a structure's node stands for, after its kind's name; nil for nothing.
    public var groupNote: String? = "its members attach to it"
    public var ties: [TieStyle] = []
    /// School shapes used, as (shape name, what it stands for).
    public var shapes: [(shape: String, meaning: String)] = []
    public var showsLeads = false
    /// The colour key: its heading and entries.
    public var colourHeading: String?
    public var colours: [NodeColouring.KeyEntry] = []
    /// A line on what node size means.
    public var sizeNote: String?
    /// A line on which schools carry labels.
    public var labelNote: String?

    public init() {}

    public var isEmpty: Bool {
        groups.isEmpty && ties.isEmpty && shapes.isEmpty && !showsLeads && colours.isEmpty
            && sizeNote == nil && labelNote == nil
    }

    public static func == (a: Legend, b: Legend) -> Bool {
        a.markup == b.markup
    }

    /// The HTML-like label markup.
    public var markup: String {
        var rows = [#"<TR><TD COLSPAN="2" ALIGN="LEFT"><B>Legend</B></TD></TR>"#]
        func row(_ sample: String, _ text: String) {
            rows.append("<TR>\(sample)<TD ALIGN=\"LEFT\">\(DOTEscaping.html(text))</TD></TR>")
        }
        for kind in groups {
            let hub = DiagramStyle.hub(kind)
            row(
                #"<TD BGCOLOR="\#(hub.fill)" BORDER="1" COLOR="\#(hub.border)">\#(DOTEscaping.html(kind.rawValue.uppercased()))</TD>"#,
                "\(kind.displayName) (\(hub.rounded ? "rounded box" : hub.shape))" + (groupNote.map { ": \($0)" } ?? "")
            )
        }
        for tie in ties {
            row(#"<TD><FONT COLOR="\#(tie.colour)">\#(DOTEscaping.html(tie.legendSample))</FONT></TD>"#, tie.legendName)
        }
        for shape in shapes {
            row("<TD>\(DOTEscaping.html(shape.shape))</TD>", "school: \(shape.meaning)")
        }
        if showsLeads {
            row(#"<TD BORDER="1">▭▭</TD>"#, "double border: school that leads a structure")
        }
        if let colourHeading, !colours.isEmpty {
            rows.append(#"<TR><TD COLSPAN="2" ALIGN="LEFT"><B>\#(DOTEscaping.html(colourHeading))</B></TD></TR>"#)
            for entry in colours {
                row(#"<TD BGCOLOR="\#(entry.fill)" BORDER="1"> </TD>"#, entry.label)
            }
        }
        if let sizeNote { rows.append(#"<TR><TD COLSPAN="2" ALIGN="LEFT">\#(DOTEscaping.html(sizeNote))</TD></TR>"#) }
        if let labelNote { rows.append(#"<TR><TD COLSPAN="2" ALIGN="LEFT">\#(DOTEscaping.html(labelNote))</TD></TR>"#) }
        return ##"<TABLE BORDER="1" COLOR="#8C8C8C" CELLBORDER="0" CELLSPACING="2" CELLPADDING="3" BGCOLOR="#FFFFFF">"##
            + rows.joined() + "</TABLE>"
    }
}
