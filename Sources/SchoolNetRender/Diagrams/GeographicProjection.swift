import Foundation
import SchoolNetModel

/// Places coordinates on the page for the geographic layout: an equirectangular projection
/// centred on the schools' mean latitude (x = longitude · cos φ₀, y = latitude), scaled so that
/// the longer side of their extent is `extent` points, north up. Over one authority or region
/// its distortion of distances is well under 1 %; it is a sketch map, not a survey.
///
/// - Complexity: O(n).
public struct GeographicProjection: Sendable, Equatable {
    public let originLongitude: Double
    public let originLatitude: Double
    public let cosine: Double
    /// Points per degree of latitude.
    public let scale: Double

    /// The projection fitting `coordinates` into a square of `extent` points; nil when empty.
    public init?(fitting coordinates: [Coordinate], extent: Double = 1_000) {
        guard !coordinates.isEmpty else { return nil }
        let meanLatitude = coordinates.map(\.latitude).reduce(0, +) / Double(coordinates.count)
        cosine = cos(meanLatitude * .pi / 180)
        originLongitude = coordinates.map(\.longitude).min()!
        originLatitude = coordinates.map(\.latitude).min()!
        let width = (coordinates.map(\.longitude).max()! - originLongitude) * cosine
        let height = coordinates.map(\.latitude).max()! - originLatitude
        let span = max(width, height)
        scale = span > 0 ? extent / span : 1
    }

    /// The point, in Graphviz points (y up), of a coordinate.
    public func point(_ coordinate: Coordinate) -> (x: Double, y: Double) {
        ((coordinate.longitude - originLongitude) * cosine * scale, (coordinate.latitude - originLatitude) * scale)
    }
}
