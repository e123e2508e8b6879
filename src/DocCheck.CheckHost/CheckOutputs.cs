namespace DocCheck.CheckHost;

/// <summary>The files a check writes into its output directory.</summary>
public static class CheckOutputs
{
    /// <summary>The review note as JSON (the contract of <c>JsonNoteWriter</c>).</summary>
    public const string Note = "note.json";

    /// <summary>The document rendered as an HTML fragment whose elements carry the evidence anchors.</summary>
    public const string DocumentHtml = "document.html";

    /// <summary>For a PDF, one SVG per page: <c>pages/1.svg</c>, <c>pages/2.svg</c>….</summary>
    public const string PagesFolder = "pages";

    /// <summary>The SVG of a page (1-based).</summary>
    public static string PagePath(string outputDirectory, int page) =>
        Path.Combine(outputDirectory, PagesFolder, page.ToString(System.Globalization.CultureInfo.InvariantCulture) + ".svg");
}
