namespace DocCheck.Ingest.Pdf;

/// <summary>Lines gathered into one paragraph, possibly across a page break.</summary>
internal sealed class PdfParagraph
{
    public List<TextLine> Lines { get; } = [];

    public required int Page { get; init; }

    /// <summary>The page of the paragraph's last line.</summary>
    public int LastPage { get; set; }

    public string Text
    {
        get
        {
            var text = new System.Text.StringBuilder(Lines[0].Text);
            for (var i = 1; i < Lines.Count; i++)
            {
                text.Append(LineJoiner.Separator(Lines[i - 1], Lines[i])).Append(Lines[i].Text);
            }

            return text.ToString();
        }
    }

    /// <summary>The box of the lines on the paragraph's first page.</summary>
    public Rect Box { get; set; }

    public double FontSize => Lines.Select(l => l.FontSize).Order().ElementAt(Lines.Count / 2);

    public bool Bold => Lines.All(l => l.Bold);

    /// <summary>Whether the lines are centred in the text area.</summary>
    public bool Centered { get; set; }
}
