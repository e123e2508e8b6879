using System.Globalization;

namespace DocCheck.Core.Documents;

/// <summary>
/// A rectangle on a PDF page in points (1/72 inch), origin at the bottom-left corner of the page
/// (PdfPig's convention).
/// </summary>
public readonly record struct BoundingBox(double Left, double Bottom, double Right, double Top)
{
    /// <inheritdoc/>
    public override string ToString() => string.Create(
        CultureInfo.InvariantCulture, $"({Left:0.0},{Bottom:0.0},{Right:0.0},{Top:0.0})");
}
