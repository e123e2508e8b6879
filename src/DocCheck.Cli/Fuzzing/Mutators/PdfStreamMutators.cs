using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace DocCheck.Cli.Fuzzing.Mutators;

/// <summary>
/// Replaces a page's content stream (or another compressed stream) with a decompression bomb: a few KB to 1.2 MB
/// that inflate to up to 1.2 GB of blanks, zeros or drawing and text operators; half the time compressed twice over.
/// </summary>
internal sealed class PdfFlateBomb() : PdfMutator("pdf-flate-bomb")
{
    private static readonly long[] Sizes = [16L << 20, 200L << 20, 1200L << 20];
    private static readonly string[] Patterns = [" ", "\0", "0 0 m 1 1 l S\n", "BT /F1 9 Tf 1 0 0 1 72 720 Tm (8) Tj ET\n", "q\n"];

    protected override string? Apply(PdfText pdf, Random random)
    {
        if (PdfStreams.PickFlate(pdf, random) is not var (target, dictionary, _))
        {
            return null;
        }

        var size = Sizes[random.Next(Sizes.Length)];
        var pattern = Patterns[random.Next(Patterns.Length)];
        var bomb = FlateBomb.Zlib(Encoding.Latin1.GetBytes(pattern), size);
        var twice = random.Next(2) == 0;
        if (twice)
        {
            bomb = FlateBomb.Compress(bomb);
        }

        pdf.ReplaceBody(target, PdfStreams.Join(dictionary, Encoding.Latin1.GetString(bomb), twice ? "[/FlateDecode /FlateDecode]" : "/FlateDecode"));
        return string.Create(CultureInfo.InvariantCulture,
            $"对象 {target.Number} 的流改为 {bomb.Length} 字节、解压后 {size >> 20} MB 的 “{pattern.Trim().Replace("\0", "\\0", StringComparison.Ordinal)}”{(twice ? "（两层压缩）" : string.Empty)}");
    }
}

/// <summary>
/// Rewrites the operators of a page's content: thousands of unmatched q or BT, the content many times over, hostile
/// operands, deleted operators, an inline image that claims to be huge, a TJ array with 100,000 parts.
/// </summary>
internal sealed partial class PdfContentOperators() : PdfMutator("pdf-content")
{
    private static readonly string[] Numbers = ["1e308", "-1e308", "2147483648", "-99999999999", "0", "NaN", "1.#INF", "0.0000001"];

    protected override string? Apply(PdfText pdf, Random random)
    {
        if (PdfStreams.PickFlate(pdf, random) is not var (target, dictionary, data) || PdfStreams.Inflate(data) is not { } content)
        {
            return null;
        }

        string detail;
        switch (random.Next(7))
        {
            case 0:
                var depth = random.Next(2) == 0 ? 1000 : 100_000;
                content = string.Concat(Enumerable.Repeat(random.Next(2) == 0 ? "q " : "BT ", depth)) + content;
                detail = $"开头加 {depth} 个不配对的 q 或 BT";
                break;
            case 1:
                var times = new[] { 2, 10, 100 }[random.Next(3)];
                content = string.Concat(Enumerable.Repeat(content + "\n", times));
                detail = $"内容重复 {times} 次";
                break;
            case 2:
                var numbers = Number().Matches(content);
                if (numbers.Count == 0)
                {
                    return null;
                }

                var text = new StringBuilder(content);
                var changed = Math.Min(numbers.Count, 1 + random.Next(20));
                foreach (var match in Enumerable.Range(0, changed).Select(_ => numbers[random.Next(numbers.Count)]).DistinctBy(m => m.Index).OrderByDescending(m => m.Index))
                {
                    text.Remove(match.Index, match.Length).Insert(match.Index, Numbers[random.Next(Numbers.Length)]);
                }

                content = text.ToString();
                detail = $"{changed} 个操作数改为极端值";
                break;
            case 3:
                var operators = Operator().Matches(content);
                if (operators.Count == 0)
                {
                    return null;
                }

                var removed = operators[random.Next(operators.Count)];
                content = Operator().Replace(content, " ", 1 + random.Next(20), removed.Index);
                detail = $"从 {removed.Value.Trim()} 起删去若干操作符";
                break;
            case 4:
                content = "BI /W 2147483647 /H 2147483647 /BPC 8 /CS /RGB ID \nxyz\nEI\n" + content;
                detail = "加入声称 2147483647×2147483647 的内嵌图像";
                break;
            case 5:
                content += "\nBT /F1 10 Tf [" + string.Concat(Enumerable.Repeat("(8) -100 ", 100_000)) + "] TJ ET\n";
                detail = "加入 100000 段的 TJ 数组";
                break;
            default:
                content = "/NoSuchForm Do /NoSuchFont 12 Tf (x) Tj /NoSuchShading sh /NoSuchPattern scn\n" + content;
                detail = "加入引用不存在资源的操作符";
                break;
        }

        pdf.ReplaceBody(target, PdfStreams.Join(dictionary, PdfStreams.Deflate(content), "/FlateDecode"));
        return $"对象 {target.Number} 的内容流：{detail}";
    }

    [GeneratedRegex(@"(?<![0-9.\-])-?\d+(\.\d+)?(?![0-9.])")]
    private static partial Regex Number();

    [GeneratedRegex(@"\s(Tj|TJ|Tf|Tm|Td|cm|re|ET|BT|Q|q|Do)\s")]
    private static partial Regex Operator();
}

/// <summary>
/// Gives a page a form XObject that draws itself (or two that draw each other): a reader that follows Do into forms
/// without a depth limit recurses until the stack overflows.
/// </summary>
internal sealed partial class PdfFormRecursion() : PdfMutator("pdf-form-loop")
{
    protected override bool? RebuildsXref => true;

    protected override string? Apply(PdfText pdf, Random random)
    {
        var pages = pdf.Objects().Where(o => Page().IsMatch(o.Body(pdf.Text))).ToList();
        if (pages.Count == 0)
        {
            return null;
        }

        var page = Pick(pages, random).Number;
        var pair = random.Next(2) == 0;
        var first = pdf.NextNumber();
        var second = pair ? first + 1 : first;
        pdf.Append(n => Form(second));
        if (pair)
        {
            pdf.Append(n => Form(first));
        }

        var draw = pdf.Append(_ => "<< /Length 12 >>\nstream\nq /Fz Do Q\n\nendstream");

        // Re-read after each change: offsets move.
        var pageObject = pdf.Objects().First(o => o.Number == page);
        var body = pageObject.Body(pdf.Text);
        body = Contents().Replace(body, m => m.Value.Contains('[', StringComparison.Ordinal)
            ? m.Value.Replace("[", $"[{draw} 0 R ", StringComparison.Ordinal)
            : $"/Contents [{draw} 0 R {m.Groups[1].Value}]", 1);
        var inline = body.IndexOf("/Resources", StringComparison.Ordinal) is var at and >= 0 ? body.IndexOf("<<", at, StringComparison.Ordinal) : -1;
        if (inline >= 0 && ResourcesReference().Match(body) is not { Success: true })
        {
            body = body[..(inline + 2)] + $"/XObject << /Fz {first} 0 R >> " + body[(inline + 2)..].Replace("/XObject", "/XObjecz", StringComparison.Ordinal);
            pdf.ReplaceBody(pageObject, body);
        }
        else
        {
            pdf.ReplaceBody(pageObject, body);
            if (ResourcesReference().Match(body) is not { Success: true } reference)
            {
                return null;
            }

            var number = int.Parse(reference.Groups[1].Value, CultureInfo.InvariantCulture);
            if (pdf.Objects().FirstOrDefault(o => o.Number == number) is not { } resources || resources.Body(pdf.Text).IndexOf("<<", StringComparison.Ordinal) is not (>= 0 and var open))
            {
                return null;
            }

            var text = resources.Body(pdf.Text);
            pdf.ReplaceBody(resources, text[..(open + 2)] + $"/XObject << /Fz {first} 0 R >> " + text[(open + 2)..].Replace("/XObject", "/XObjecz", StringComparison.Ordinal));
        }

        return pair ? $"页面 {page} 画表单 {first}，表单 {first} 与 {second} 互相调用" : $"页面 {page} 画表单 {first}，表单调用自身";
    }

    private static string Form(int next) =>
        $"<< /Type /XObject /Subtype /Form /BBox [0 0 600 800] /Resources << /XObject << /Fz {next} 0 R >> >> /Length 8 >>\nstream\n/Fz Do\n\nendstream";

    [GeneratedRegex(@"/Type\s*/Page(?!s)")]
    private static partial Regex Page();

    [GeneratedRegex(@"/Contents\s*(\[[^\]]*\]|\d+\s+\d+\s+R)")]
    private static partial Regex Contents();

    [GeneratedRegex(@"/Resources\s+(\d+)\s+\d+\s+R")]
    private static partial Regex ResourcesReference();
}
