using System.Globalization;

namespace DocCheck.Cli.Fuzzing.Mutators;

/// <summary>Points one reference elsewhere: another object, a missing one, object 0, or the object it sits in.</summary>
internal sealed class PdfReferenceSwap() : PdfMutator("pdf-ref-swap")
{
    protected override string? Apply(PdfText pdf, Random random)
    {
        var references = pdf.References();
        var objects = pdf.Objects();
        if (references.Count == 0 || objects.Count == 0)
        {
            return null;
        }

        var reference = references[random.Next(references.Count)];
        var container = objects.LastOrDefault(o => o.BodyStart <= reference.Index);
        var target = random.Next(5) switch
        {
            0 => 0,
            1 => 999_999,
            2 when container is not null => container.Number,
            _ => Pick(objects, random).Number,
        };
        var replacement = target.ToString(CultureInfo.InvariantCulture) + " 0 R";
        pdf.Text = pdf.Text[..reference.Index] + replacement + pdf.Text[(reference.Index + reference.Length)..];
        return $"引用 {reference.Value} 改为 {replacement}";
    }
}

/// <summary>
/// Makes objects refer to each other in a loop: an object that is only a reference to itself, or two that are only
/// references to each other (a page's contents among them, as in issue #16), or a dictionary that holds itself.
/// </summary>
internal sealed class PdfReferenceCycle() : PdfMutator("pdf-ref-cycle")
{
    private static readonly string[] Keys = ["Contents", "Resources", "Font", "Length", "Parent", "Pages", "FontDescriptor", "ToUnicode", "Encoding", "XObject"];

    protected override string? Apply(PdfText pdf, Random random)
    {
        var objects = pdf.Objects();
        if (objects.Count < 2)
        {
            return null;
        }

        var key = Keys[random.Next(Keys.Length)];
        var first = pdf.Referenced(key, random) ?? Pick(objects, random);
        var n = first.Number.ToString(CultureInfo.InvariantCulture);
        switch (random.Next(3))
        {
            case 0:
                pdf.ReplaceBody(first, $"\n{n} 0 R\n");
                return $"对象 {n}（/{key} 所指）的内容改为引用自身";
            case 1:
                var second = Pick(objects.Where(o => o.Number != first.Number).ToList(), random);
                var m = second.Number.ToString(CultureInfo.InvariantCulture);
                var (early, late, earlyBody, lateBody) = first.Start < second.Start ? (first, second, m, n) : (second, first, n, m);
                pdf.ReplaceBody(late, $"\n{lateBody} 0 R\n"); // the later one first, so the earlier one's offsets still hold
                pdf.ReplaceBody(early, $"\n{earlyBody} 0 R\n");
                return $"对象 {n}（/{key} 所指）与对象 {m} 的内容改为互相引用";
            default:
                var body = first.Body(pdf.Text);
                var open = body.IndexOf("<<", StringComparison.Ordinal);
                if (open < 0)
                {
                    return null;
                }

                pdf.ReplaceBody(first, body[..(open + 2)] + $"/{key} {n} 0 R " + body[(open + 2)..]);
                return $"对象 {n} 的字典加入指向自身的 /{key}";
        }
    }
}

/// <summary>Breaks the page tree: a /Kids that holds its own node, a page whose /Parent is itself, counts that lie.</summary>
internal sealed class PdfPageTree() : PdfMutator("pdf-page-tree")
{
    private static readonly string[] Counts = ["-1", "0", "2147483647", "2147483648", "99999999999", "1.5"];

    protected override string? Apply(PdfText pdf, Random random)
    {
        var nodes = pdf.Objects().Where(o => o.Body(pdf.Text).Contains("/Kids", StringComparison.Ordinal)).ToList();
        if (nodes.Count == 0)
        {
            return null;
        }

        var node = Pick(nodes, random);
        var body = node.Body(pdf.Text);
        var n = node.Number.ToString(CultureInfo.InvariantCulture);
        switch (random.Next(3))
        {
            case 0:
                var kids = body.IndexOf('[', body.IndexOf("/Kids", StringComparison.Ordinal));
                if (kids < 0)
                {
                    return null;
                }

                pdf.ReplaceBody(node, body[..(kids + 1)] + $"{n} 0 R " + body[(kids + 1)..]);
                return $"页面树节点 {n} 的 /Kids 含有自身";
            case 1:
                var count = Counts[random.Next(Counts.Length)];
                pdf.ReplaceBody(node, System.Text.RegularExpressions.Regex.Replace(body, @"/Count\s+-?\d+", "/Count " + count));
                return $"页面树节点 {n} 的 /Count 改为 {count}";
            default:
                var pages = pdf.Objects().Where(o => o.Body(pdf.Text).Contains("/Parent", StringComparison.Ordinal)).ToList();
                if (pages.Count == 0)
                {
                    return null;
                }

                var page = Pick(pages, random);
                var p = page.Number.ToString(CultureInfo.InvariantCulture);
                pdf.ReplaceBody(page, System.Text.RegularExpressions.Regex.Replace(page.Body(pdf.Text), @"/Parent\s+\d+\s+\d+\s+R", $"/Parent {p} 0 R"));
                return $"对象 {p} 的 /Parent 指向自身";
        }
    }
}
