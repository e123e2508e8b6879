namespace DocCheck.Testing.Sources;

/// <summary>The kinds of lines of a report source (see corpus/README.md).</summary>
public enum SourceBlockKind
{
    Title,
    Heading,
    Numbered,
    Body,
    TextBox,
    PageBreak,
    Table,
}
