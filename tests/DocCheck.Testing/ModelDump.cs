using System.Globalization;
using System.Text;
using DocCheck.Core.Documents;

namespace DocCheck.Testing;

/// <summary>A stable text dump of the document model, for golden files and round-trip comparisons.</summary>
public static class ModelDump
{
    public static string Dump(ReportDocument document, bool withSections = false)
    {
        ArgumentNullException.ThrowIfNull(document);
        var text = new StringBuilder();
        foreach (var block in document.Blocks)
        {
            switch (block)
            {
                case ParagraphBlock p:
                    var kind = p.IsHeading ? $"h{p.OutlineLevel}" : "p";
                    var label = p.Label is null ? string.Empty : $" {p.LabelSource.ToString().ToLowerInvariant()}:{p.Label.Kind}#{p.Label.Ordinal}";
                    text.Append(CultureInfo.InvariantCulture, $"{p.Location} [{kind}{label}] {p.Text.Original.ReplaceLineEndings("⏎")}");
                    break;
                case TableBlock t:
                    text.Append(CultureInfo.InvariantCulture, $"{t.Location} table {t.RowCount}x{t.ColumnCount}");
                    if (t.ParentCell is { } parent)
                    {
                        text.Append(CultureInfo.InvariantCulture, $" in {parent}");
                    }

                    foreach (var cell in t.Cells)
                    {
                        text.AppendLine();
                        var span = cell.RowSpan > 1 || cell.ColumnSpan > 1 ? $" {cell.RowSpan}x{cell.ColumnSpan}" : string.Empty;
                        text.Append(CultureInfo.InvariantCulture, $"  {cell.Location}{span} {cell.Text.Original.ReplaceLineEndings("⏎")}");
                    }

                    break;
                default:
                    break;
            }

            if (withSections && block.Location.Section is { } section)
            {
                text.Append(CultureInfo.InvariantCulture, $"  §{section}");
            }

            text.AppendLine();
        }

        foreach (var diagnostic in document.Diagnostics)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"! {diagnostic.Code} {diagnostic.Message}");
        }

        return text.ToString();
    }
}
