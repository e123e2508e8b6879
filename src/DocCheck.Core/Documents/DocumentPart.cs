namespace DocCheck.Core.Documents;

/// <summary>Which part of a document a block comes from.</summary>
public enum DocumentPart
{
    /// <summary>The main text flow (paragraphs and tables in reading order).</summary>
    Body,

    /// <summary>A floating text box anchored in the body.</summary>
    TextBox,
}
