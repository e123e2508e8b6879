using System.IO.Compression;
using System.Text;
using DocCheck.Cli.Fuzzing;
using DocCheck.Cli.Fuzzing.Mutators;
using DocCheck.Testing;

namespace DocCheck.Cli.Tests.Fuzzing;

/// <summary>The mutators do what they say, and an input is made again from its seed and index alone.</summary>
public sealed class MutatorTests
{
    private static readonly FuzzSeed Docx = new("r01.docx", FuzzKind.Docx, File.ReadAllBytes(Path.Combine(RepoPaths.Corpus, "docx", "r01-school-renovation-2022.docx")));
    private static readonly FuzzSeed Pdf = new("r01.pdf", FuzzKind.Pdf, File.ReadAllBytes(Path.Combine(RepoPaths.Corpus, "pdf", "libreoffice", "r01-school-renovation-2022.pdf")));

    public static TheoryData<string> Names => [.. MutatorSet.All.Select(m => m.Name)];

    [Theory]
    [MemberData(nameof(Names))]
    public void EveryMutator_ChangesACorpusFile(string name)
    {
        var mutator = MutatorSet.Named(name).Single();
        var random = new Random(7);
        var mutated = Enumerable.Range(0, 30)
            .SelectMany(_ => new[] { Docx, Pdf }.Where(s => mutator.Accepts(s.Kind)).Select(s => (s, mutator.Mutate(s.Content, random))))
            .FirstOrDefault(m => m.Item2 is { } mutation && !mutation.Content.AsSpan().SequenceEqual(m.s.Content));

        Assert.NotNull(mutated.Item2);
        Assert.NotEmpty(mutated.Item2.Detail);
    }

    [Fact]
    public void AnInput_IsMadeAgainFromSeedAndIndex()
    {
        var seeds = new[] { Docx, Pdf };
        var first = new FuzzCaseGenerator(seeds, MutatorSet.All, 42);
        var second = new FuzzCaseGenerator(seeds, MutatorSet.All, 42);

        foreach (var index in new long[] { 0, 1, 17, 1000 })
        {
            var a = first.Make(index);
            var b = second.Make(index);
            Assert.Equal(a.Mutators, b.Mutators);
            Assert.Equal(a.Detail, b.Detail);
            Assert.Equal(a.Content, b.Content);
        }

        Assert.NotEqual(first.Make(3).Content, first.Make(4).Content);
    }

    [Fact]
    public void AFlateBomb_InflatesToItsSize_AsValidZlib()
    {
        var bomb = FlateBomb.Zlib(Encoding.ASCII.GetBytes("0 0 m 1 1 l S\n"), 64L << 20);

        using var inflate = new ZLibStream(new MemoryStream(bomb), CompressionMode.Decompress);
        var buffer = new byte[1 << 20];
        long total = 0;
        int read;
        while ((read = inflate.Read(buffer)) > 0)
        {
            total += read;
        }

        Assert.InRange(total, 63L << 20, 64L << 20);
        Assert.InRange(bomb.Length, 1, 200_000);
    }

    [Fact]
    public void ARebuiltXref_PointsAtEachObject()
    {
        var pdf = PdfText.Of(Pdf.Content);
        pdf.ReplaceBody(pdf.Objects()[3], "\n<< /Padding (" + new string('x', 5000) + ") >>\n");

        pdf.RebuildXref();

        var table = pdf.Text[pdf.Text.LastIndexOf("\nxref", StringComparison.Ordinal)..];
        var entries = table.Split('\n').Where(l => l.EndsWith(" n ", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(entries);
        foreach (var entry in entries)
        {
            var offset = int.Parse(entry[..10], System.Globalization.CultureInfo.InvariantCulture);
            Assert.Matches(@"^\d+ \d+ obj", pdf.Text.Substring(offset, 20));
        }
    }
}
