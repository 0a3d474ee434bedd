import SchoolNetModel

/// The legend of a diagram: one HTML-like label naming every style the diagram uses, and
/// nothing else. Its text is this package's own, escaped all the same.
public struct Legend: Equatable, Sendable {
    public var groups: [StructureKind] = []
    public var ties: [TieStyle] = []
    public var showsLeads = false

    public init() {}

    public var isEmpty: Bool { groups.isEmpty && ties.isEmpty && !showsLeads }

    /// The HTML-like label markup.
    public var markup: String {
        var rows = [#"<TR><TD COLSPAN="2" ALIGN="LEFT"><B>Legend</B></TD></TR>"#]
        for kind in groups {
            let hub = DiagramStyle.hub(kind)
            rows.append(#"<TR><TD BGCOLOR="\#(hub.fill)" BORDER="1" COLOR="\#(hub.border)">\#(DOTEscaping.html(kind.rawValue.uppercased()))</TD>"#
                + #"<TD ALIGN="LEFT">\#(DOTEscaping.html(kind.displayName)): its members attach to it</TD></TR>"#)
        }
        for tie in ties {
            rows.append(#"<TR><TD><FONT COLOR="\#(tie.color)">\#(DOTEscaping.html(tie.legendSample))</FONT></TD>"#
                + #"<TD ALIGN="LEFT">\#(DOTEscaping.html(tie.legendName))</TD></TR>"#)
        }
        if showsLeads {
            rows.append(#"<TR><TD BORDER="1">▭▭</TD><TD ALIGN="LEFT">double border: school that leads a structure</TD></TR>"#)
        }
        return ##"<TABLE BORDER="1" COLOR="#8C8C8C" CELLBORDER="0" CELLSPACING="2" CELLPADDING="3" BGCOLOR="#FFFFFF">"##
            + rows.joined() + "</TABLE>"
    }
}
