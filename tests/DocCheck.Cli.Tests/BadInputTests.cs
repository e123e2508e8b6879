using DocCheck.Testing;
using DocCheck.Testing.Sources;

namespace DocCheck.Cli.Tests;

/// <summary>Bad input is normal input: each kind gets exit code 2 and one line saying why — never a stack trace.</summary>
public sealed class BadInputTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("doccheck-bad-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    public static TheoryData<string, string> Cases => new()
    {
        { "zero-bytes", "空" },
        { "random-bytes", "无法识别" },
        { "text-renamed", "纯文本" },
        { "truncated-zip", "损坏" },
        { "password-protected", "加密" },
        { "legacy-doc", ".doc" },
        { "huge", "超过上限" },
        { "broken-xml", "损坏" },
        { "no-text", "没有任何文字" },
        { "workbook", "Excel" },
        { "pdf-scan", "OCR" },
        { "pdf-undecodable", "乱码" },
        { "pdf-encrypted", "密码" },
        { "pdf-truncated", "损坏" },
        { "pdf-random", "损坏" },
        { "pdf-nested", "嵌套" },
        { "nested-tables", "嵌套" },
        { "pdf-reference-loop", "无法解析" },
        { "pdf-bomb", "压缩炸弹" },
    };

    private static byte[] Make(string kind) => kind switch
    {
        "zero-bytes" => BadFiles.Empty(),
        "random-bytes" => BadFiles.RandomBytes(),
        "text-renamed" => BadFiles.TextRenamed(),
        "truncated-zip" => BadFiles.Truncated(File.ReadAllBytes(Path.Combine(RepoPaths.Corpus, "docx", "seed-000-hall-running-costs-2021.docx"))),
        "password-protected" => BadFiles.PasswordProtected(),
        "legacy-doc" => BadFiles.LegacyDoc(),
        "huge" => BadFiles.Inflating(41_000_000),
        "broken-xml" => BadFiles.BrokenXml(),
        "no-text" => BadFiles.NoText(),
        "workbook" => BadFiles.Workbook(),
        "pdf-scan" => PdfFiles.ScanOnly(),
        "pdf-undecodable" => PdfFiles.WithUndecodablePages(3, 1, 2, 3),
        "pdf-encrypted" => PdfFiles.Encrypted(),
        "pdf-truncated" => PdfFiles.Truncated(File.ReadAllBytes(Path.Combine(RepoPaths.Corpus, "pdf", "libreoffice", "r01-school-renovation-2022.pdf"))),
        "pdf-random" => PdfFiles.RandomAfterHeader(),
        "pdf-nested" => PdfFiles.DeeplyNested(),
        "nested-tables" => BadFiles.NestedTables(10_000),
        "pdf-reference-loop" => PdfFiles.ReferenceLoop(),
        "pdf-bomb" => PdfFiles.Inflating(1_500_000_000),
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void ExitsTwo_WithOneLineSayingWhy(string kind, string reasonWord)
    {
        var name = kind + (kind.StartsWith("pdf-", StringComparison.Ordinal) ? ".pdf" : ".docx");
        var path = Path.Combine(_folder, name);
        File.WriteAllBytes(path, Make(kind));

        var run = CliRun.Of("check", path);

        Assert.Equal(2, run.ExitCode);
        Assert.Empty(run.Stdout);
        var line = Assert.Single(run.Stderr.TrimEnd('\n').Split('\n'));
        Assert.Contains(reasonWord, line, StringComparison.Ordinal);
        Assert.StartsWith(name + ": 无法读取：", line, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", line, StringComparison.Ordinal);
        Assert.DoesNotContain(" at ", line, StringComparison.Ordinal);
    }

    [Fact]
    public void AMissingFile_ExitsTwo()
    {
        var run = CliRun.Of("check", Path.Combine(_folder, "nowhere.docx"));

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("文件不存在", run.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void AWordFileNamedPdf_IsStillReadAsWord()
    {
        var path = Path.Combine(_folder, "mislabelled.pdf");
        File.WriteAllBytes(path, DocxComposer.Compose(SourceParser.Parse("项目预算200.00万元，实际支出150.00万元，结余40.00万元。")));

        var run = CliRun.Of("check", path);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("balance.mismatch", run.Stdout, StringComparison.Ordinal);
    }
}
