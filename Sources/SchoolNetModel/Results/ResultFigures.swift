/// One named figure of a result: a headline number, a parameter, or a heading that groups the
/// figures under it.
public struct Figure: Sendable, Equatable {
    /// Who a figure is for.
    public enum Audience: Sendable, Equatable {
        /// Listings and JSON.
        case everyone
        /// Listings and the report only: a total, a heading.
        case people
        /// JSON only: a value people already read in another figure's note.
        case programs
    }

    /// The figure's identity, and where it sits in JSON: keys separated by `/` for a nested
    /// object (`structures/mat`).
    public var key: String
    /// What people read beside the value.
    public var label: String
    /// nil for a heading.
    public var value: ResultValue?
    /// A short remark after the value in an aligned listing.
    public var note: String?
    /// Indentation in a listing: 0 for a top-level figure, 1 under a heading.
    public var level: Int
    public var audience: Audience

    public init(
        key: String, label: String? = nil, value: ResultValue?, note: String? = nil, level: Int = 0,
        audience: Audience = .everyone
    ) {
        self.key = key
        self.label = label ?? key
        self.value = value
        self.note = note
        self.level = level
        self.audience = audience
    }

    /// A heading that groups the figures after it in a listing.
    public static func heading(_ label: String) -> Figure {
        Figure(key: label, label: label, value: nil, audience: .people)
    }

    /// A figure for programs only: in JSON, not in listings.
    public static func unlisted(_ key: String, _ value: ResultValue) -> Figure {
        Figure(key: key, value: value, audience: .programs)
    }

    /// Shown in listings and the report.
    public var isListed: Bool { audience != .programs }
    /// Written in JSON.
    public var isExported: Bool { audience != .people && value != nil }
}

/// Named figures of a result, shown as an aligned listing (label and value on each line) or,
/// for parameters, on one line as `name=value`.
public struct FigureList: Sendable, Equatable {
    public enum Style: Sendable, Equatable {
        /// One figure a line, values aligned.
        case listing
        /// All on one line, `Title: name=value name=value`.
        case inline
    }

    /// The JSON key the figures sit under; nil to place them at the top level.
    public var name: String?
    public var title: String?
    public var style: Style
    public var figures: [Figure]

    public init(_ name: String?, title: String? = nil, style: Style = .listing, figures: [Figure]) {
        self.name = name
        self.title = title
        self.style = style
        self.figures = figures
    }

    /// The value of the figure with this key.
    public func value(_ key: String) -> ResultValue? { figures.first { $0.key == key }?.value }
}
