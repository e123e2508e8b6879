using System.Diagnostics;
using System.Globalization;
using DocCheck.Ingest;
using DocCheck.Pipeline;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace DocCheck.Cli.Commands;

/// <summary>
/// <c>doccheck bench-size [--paragraphs 1000,10000,100000] [--tables 10,100,1000]</c>: check time and memory against
/// document size, to show that a check grows linearly with its input. Each document is made in memory: a title, a
/// heading every 1 000 paragraphs, paragraphs that each state a length and an amount (as a long report does), and
/// small tables of amounts with a 合计 row. One check per size after a warm-up. A benchmark, not a test.
/// </summary>
internal static class BenchSizeCommand
{
    public static int Run(IReadOnlyList<string> args, TextWriter stdout)
    {
        var arguments = new Arguments(args, new HashSet<string> { "--paragraphs", "--tables" }, new HashSet<string>());
        var paragraphSizes = Sizes(arguments.Option("--paragraphs") ?? "1000,10000,30000,100000");
        var tableSizes = Sizes(arguments.Option("--tables") ?? "10,100,1000");
        var checker = DocChecker.Default;
        BenchCommand.Check(checker, Document(100, 1));

        var inv = CultureInfo.InvariantCulture;
        stdout.WriteLine(string.Create(inv, $"DocCheck {EngineInfo.Version} bench-size: one check per document, 1 thread, warm"));
        stdout.WriteLine("  paragraphs  tables     .docx   check ms   µs/paragraph   heap MB after");
        foreach (var (paragraphs, tables) in paragraphSizes.Select(p => (p, 1)).Concat(tableSizes.Select(t => (100, t))))
        {
            var source = Document(paragraphs, tables);
            GC.Collect();
            GC.WaitForPendingFinalizers();
            var watch = Stopwatch.StartNew();
            BenchCommand.Check(checker, source);
            watch.Stop();
            var heap = GC.GetGCMemoryInfo().HeapSizeBytes / 1048576.0;
            stdout.WriteLine(string.Create(inv,
                $"  {paragraphs,10}  {tables,6}  {source.Content.Length / 1024.0,6:0} KB  {watch.Elapsed.TotalMilliseconds,9:0}   {watch.Elapsed.TotalMilliseconds * 1000 / (paragraphs + tables * 5),12:0.0}   {heap,13:0}"));
        }

        return ExitCodes.Clean;
    }

    private static List<int> Sizes(string list) =>
        [.. list.Split(',', StringSplitOptions.RemoveEmptyEntries).Select(s => int.Parse(s, CultureInfo.InvariantCulture))];

    /// <summary>A report of the given size, the same for every run (a fixed seed).</summary>
    private static DocumentSource Document(int paragraphs, int tables)
    {
        var random = new Random(paragraphs * 7919 + tables);
        var body = new Body();
        body.Append(Paragraph("某县2023年度农村道路养护项目绩效自评报告"));
        for (var i = 0; i < paragraphs; i++)
        {
            body.Append(i % 1000 == 0
                ? Paragraph($"{(i / 1000) + 1}、工作完成情况")
                : Paragraph(string.Create(CultureInfo.InvariantCulture,
                    $"第{i}项工作：完成道路养护{random.Next(1, 99)}.{random.Next(10, 99)}公里，支出{random.Next(1, 999)}.{random.Next(10, 99)}万元，群众满意。")));
        }

        for (var t = 0; t < tables; t++)
        {
            var parts = Enumerable.Range(0, 3).Select(_ => random.Next(100, 99999) / 100m).ToList();
            var table = new Table(Row("项目", "金额（万元）"));
            foreach (var (part, index) in parts.Select((p, i) => (p, i)))
            {
                table.Append(Row($"第{t}表第{index + 1}项", part.ToString("0.00", CultureInfo.InvariantCulture)));
            }

            table.Append(Row("合计", parts.Sum().ToString("0.00", CultureInfo.InvariantCulture)));
            body.Append(table);
            body.Append(Paragraph($"表{t + 1}说明。"));
        }

        using var stream = new MemoryStream();
        using (var word = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            word.AddMainDocumentPart().Document = new Document(body);
        }

        return new DocumentSource(string.Create(CultureInfo.InvariantCulture, $"size-{paragraphs}-{tables}.docx"), stream.ToArray());
    }

    private static Paragraph Paragraph(string text) => new(new Run(new Text(text)));

    private static TableRow Row(params string[] cells) => new(cells.Select(c => new TableCell(Paragraph(c))));
}
