using System.Text;
using System.Text.RegularExpressions;

namespace DocCheck.Ingest.Pdf;

/// <summary>
/// Drops running headers, footers and page numbers: lines in a page's top or bottom margin band that repeat on
/// many pages once their digits are masked (a title, a date, "第 3 页 共 12 页"), or that are a page number alone.
/// </summary>
internal static partial class RunningText
{
    /// <summary>Share of the page height, at top and bottom, where running text lives.</summary>
    private const double Band = 0.1;

    public static void Remove(List<PageContent> pages)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var page in pages)
        {
            foreach (var key in page.Lines.Where(l => InBand(page, l)).Select(l => Key(l.Text)).Distinct())
            {
                counts[key] = counts.GetValueOrDefault(key) + 1;
            }
        }

        var readable = pages.Count(p => p.Problem is null);
        var repeated = Math.Max(2, (int)Math.Ceiling(readable * 0.4));
        foreach (var page in pages)
        {
            page.Lines.RemoveAll(l => InBand(page, l) && (PageNumber().IsMatch(l.Text) || counts.GetValueOrDefault(Key(l.Text)) >= repeated));
        }
    }

    private static bool InBand(PageContent page, TextLine line) =>
        line.Box.Top > page.Height * (1 - Band) || line.Box.Bottom < page.Height * Band;

    /// <summary>The line with digits masked and spaces dropped, so "第 3 页" and "第 4 页" match.</summary>
    private static string Key(string text)
    {
        var key = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (char.IsDigit(c))
            {
                if (key.Length == 0 || key[^1] != '#')
                {
                    key.Append('#');
                }
            }
            else if (!char.IsWhiteSpace(c))
            {
                key.Append(c);
            }
        }

        return key.ToString();
    }

    [GeneratedRegex(@"^[\s\-—–·]*(?:(?:第\s*)?\d+\s*页?(?:\s*[/／]\s*\d+|\s*[,，]?\s*共\s*\d+\s*页)?|Page\s+\d+(?:\s+of\s+\d+)?|\d+\s*/\s*\d+)[\s\-—–·]*$", RegexOptions.IgnoreCase)]
    private static partial Regex PageNumber();
}
