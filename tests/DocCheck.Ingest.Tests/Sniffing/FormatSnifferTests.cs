using DocCheck.Testing;
using DocCheck.Testing.Sources;

namespace DocCheck.Ingest.Tests.Sniffing;

public sealed class FormatSnifferTests
{
    public static TheoryData<string, SniffedFormat> Files => new()
    {
        { "empty", SniffedFormat.Empty },
        { "random", SniffedFormat.Unknown },
        { "text", SniffedFormat.Text },
        { "truncated", SniffedFormat.DamagedZip },
        { "legacy-doc", SniffedFormat.LegacyWord },
        { "encrypted", SniffedFormat.EncryptedOpenXml },
        { "workbook", SniffedFormat.OtherOpenXml },
        { "pdf", SniffedFormat.Pdf },
        { "docx", SniffedFormat.WordOpenXml },
    };

    internal static byte[] Make(string kind) => kind switch
    {
        "empty" => BadFiles.Empty(),
        "random" => BadFiles.RandomBytes(),
        "text" => BadFiles.TextRenamed(),
        "truncated" => BadFiles.Truncated(DocxComposer.Compose(SourceParser.Parse("正文。\n| a | b |"))),
        "legacy-doc" => BadFiles.LegacyDoc(),
        "encrypted" => BadFiles.PasswordProtected(),
        "workbook" => BadFiles.Workbook(),
        "pdf" => BadFiles.PdfHeader(),
        _ => DocxComposer.Compose(SourceParser.Parse("正文。")),
    };

    [Theory]
    [MemberData(nameof(Files))]
    public void TellsTheFormatFromTheBytes(string kind, SniffedFormat expected)
    {
        Assert.Equal(expected, FormatSniffer.Sniff(Make(kind)));
    }

    [Fact]
    public void EveryUnreadableFormat_HasAOneLineChineseReason()
    {
        foreach (var format in Enum.GetValues<SniffedFormat>().Where(f => f != SniffedFormat.WordOpenXml))
        {
            var reason = UnsupportedFormats.Reject(format).Message;
            Assert.DoesNotContain('\n', reason);
            Assert.Matches(@"\p{IsCJKUnifiedIdeographs}", reason);
        }
    }
}
