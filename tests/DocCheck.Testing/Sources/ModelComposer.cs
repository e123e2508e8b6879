using System.Security.Cryptography;
using System.Text;
using DocCheck.Core.Documents;

namespace DocCheck.Testing.Sources;

/// <summary>Builds the document model straight from a report source, as the Word reader would read its .docx.</summary>
public static class ModelComposer
{
    public static ReportDocument Compose(SourceDocument source, string fileName = "fixture.docx")
    {
        ArgumentNullException.ThrowIfNull(source);
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(fileName)));
        var builder = new ReportDocumentBuilder(fileName, hash, "docx") { PropertiesTitle = source.Title };
        var numbering = new SourceNumbering();
        foreach (var block in source.Blocks)
        {
            switch (block.Kind)
            {
                case SourceBlockKind.Title:
                    builder.AddParagraph(new ParagraphDraft { Text = TickBoxes.AsRead(block.Text), StyleOutlineLevel = 0, StyleName = "Title" });
                    break;
                case SourceBlockKind.Heading:
                    builder.AddParagraph(new ParagraphDraft
                    {
                        Text = TickBoxes.AsRead(block.Text),
                        StyleOutlineLevel = block.Level,
                        StyleName = "heading " + block.Level,
                    });
                    break;
                case SourceBlockKind.Numbered:
                    builder.AddParagraph(new ParagraphDraft
                    {
                        Text = TickBoxes.AsRead(block.Text),
                        NumberingLabel = numbering.Next(block.Level),
                        NumberingLevel = block.Level,
                        StyleOutlineLevel = block.Level <= 2 ? block.Level : null,
                        StyleName = block.Level <= 2 ? "heading " + block.Level : "Normal",
                    });
                    break;
                case SourceBlockKind.Body:
                    builder.AddParagraph(new ParagraphDraft { Text = TickBoxes.AsRead(block.Text), StyleName = "Normal" });
                    break;
                case SourceBlockKind.TextBox:
                    builder.AddParagraph(new ParagraphDraft { Text = TickBoxes.AsRead(block.Text), StyleName = "Normal", Part = DocumentPart.TextBox });
                    break;
                case SourceBlockKind.Table:
                    builder.AddTable(Table(block, source));
                    break;
                default:
                    break;
            }
        }

        return builder.Build();
    }

    private static TableDraft Table(SourceBlock table, SourceDocument source) => new()
    {
        Rows = TableLayout.Resolve(table).Select(row => (IReadOnlyList<CellDraft>)row.Select(cell => new CellDraft
        {
            Text = TickBoxes.AsRead(cell.Text),
            ColumnSpan = cell.Span,
            ContinuesVerticalMerge = cell.ContinuesMerge,
            NestedTables = cell.NestedTable is { } name && source.NamedTables.TryGetValue(name, out var nested)
                ? [Table(nested, source)]
                : [],
        }).ToList()).ToList(),
    };
}
