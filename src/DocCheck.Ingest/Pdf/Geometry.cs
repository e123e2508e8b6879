namespace DocCheck.Ingest.Pdf;

/// <summary>An axis-aligned rectangle in PDF points, origin bottom-left (PdfPig's convention).</summary>
internal readonly record struct Rect(double Left, double Bottom, double Right, double Top)
{
    public double Width => Right - Left;

    public double Height => Top - Bottom;

    public double CenterX => (Left + Right) / 2;

    public double CenterY => (Bottom + Top) / 2;

    public bool Contains(double x, double y, double tolerance = 0) =>
        x >= Left - tolerance && x <= Right + tolerance && y >= Bottom - tolerance && y <= Top + tolerance;

    public Rect Union(Rect other) => new(Math.Min(Left, other.Left), Math.Min(Bottom, other.Bottom), Math.Max(Right, other.Right), Math.Max(Top, other.Top));

    public Core.Documents.BoundingBox ToBox() => new(Left, Bottom, Right, Top);
}

/// <summary>A horizontal or vertical ruling line: <see cref="Position"/> is y (horizontal) or x (vertical).</summary>
internal readonly record struct Segment(bool Horizontal, double Position, double From, double To)
{
    public double Length => To - From;
}
