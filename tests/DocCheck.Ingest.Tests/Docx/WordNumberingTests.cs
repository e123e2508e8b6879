using DocCheck.Core.Documents;
using DocCheck.Ingest.Docx;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace DocCheck.Ingest.Tests.Docx;

/// <summary>Numbering formats and list behaviour the corpus generator does not write: built here with the SDK.</summary>
public sealed class WordNumberingTests
{
    private static ReportDocument Read(Action<Numbering> define, params (int NumId, int Level, string Text)[] paragraphs)
    {
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            var numbering = new Numbering();
            define(numbering);
            main.AddNewPart<NumberingDefinitionsPart>().Numbering = numbering;
            main.Document = new Document(new Body(paragraphs.Select(p => new Paragraph(
                new ParagraphProperties(new NumberingProperties(new NumberingLevelReference { Val = p.Level }, new NumberingId { Val = p.NumId })),
                new Run(new Text(p.Text))))));
        }

        return DocxReader.Instance.Read(new DocumentSource("n.docx", stream.ToArray()));
    }

    private static AbstractNum Abstract(int id, params (string Format, string Text)[] levels)
    {
        var abstractNum = new AbstractNum { AbstractNumberId = id };
        for (var i = 0; i < levels.Length; i++)
        {
            abstractNum.Append(new Level(
                new StartNumberingValue { Val = 1 },
                new NumberingFormat { Val = new EnumValue<NumberFormatValues>(new NumberFormatValues(levels[i].Format)) },
                new LevelText { Val = levels[i].Text })
            { LevelIndex = i });
        }

        return abstractNum;
    }

    [Fact]
    public void ChineseCountingAndNestedLevels_AreRebuilt()
    {
        var document = Read(
            n =>
            {
                n.Append(Abstract(0, ("chineseCounting", "%1、"), ("chineseCounting", "（%2）"), ("decimal", "%1.%3")));
                n.Append(new NumberingInstance(new AbstractNumId { Val = 0 }) { NumberID = 1 });
            },
            (1, 0, "基本情况"), (1, 1, "项目概况"), (1, 1, "绩效目标"), (1, 2, "细项"), (1, 0, "评价工作"), (1, 1, "目的"));

        // Without isLgl, Word shows a referenced level in that level's own format: 一.1.
        Assert.Equal(["一、基本情况", "（一）项目概况", "（二）绩效目标", "一.1细项", "二、评价工作", "（一）目的"],
            document.Paragraphs.Select(p => p.Text.Original));
        Assert.All(document.Paragraphs, p => Assert.Equal(LabelSource.Numbering, p.LabelSource));
    }

    [Fact]
    public void CircledAndTiangan_Formats()
    {
        var document = Read(
            n =>
            {
                n.Append(Abstract(0, ("decimalEnclosedCircle", "%1"), ("ideographTraditional", "%2、")));
                n.Append(new NumberingInstance(new AbstractNumId { Val = 0 }) { NumberID = 1 });
            },
            (1, 0, "第一项"), (1, 0, "第二项"), (1, 1, "甲项"), (1, 1, "乙项"));

        Assert.Equal(["①第一项", "②第二项", "甲、甲项", "乙、乙项"], document.Paragraphs.Select(p => p.Text.Original));
    }

    [Fact]
    public void InstancesOfOneList_ContinueEachOther_UnlessAStartOverrideRestarts()
    {
        var document = Read(
            n =>
            {
                n.Append(Abstract(0, ("decimal", "%1.")));
                n.Append(new NumberingInstance(new AbstractNumId { Val = 0 }) { NumberID = 1 });
                n.Append(new NumberingInstance(new AbstractNumId { Val = 0 }) { NumberID = 2 });
                n.Append(new NumberingInstance(new AbstractNumId { Val = 0 }, new LevelOverride(new StartOverrideNumberingValue { Val = 1 }) { LevelIndex = 0 }) { NumberID = 3 });
            },
            (1, 0, "甲"), (1, 0, "乙"), (2, 0, "丙"), (3, 0, "丁"));

        Assert.Equal(["1.甲", "2.乙", "3.丙", "1.丁"], document.Paragraphs.Select(p => p.Text.Original));
    }

    [Fact]
    public void AnUnknownFormat_FallsBackToDecimal_AndSaysSo()
    {
        var document = Read(
            n =>
            {
                n.Append(Abstract(0, ("hebrew1", "%1.")));
                n.Append(new NumberingInstance(new AbstractNumId { Val = 0 }) { NumberID = 1 });
            },
            (1, 0, "项目"));

        Assert.Equal("1.项目", Assert.Single(document.Paragraphs).Text.Original);
        Assert.Contains(document.Diagnostics, d => d.Code == "ingest.numbering-format");
    }
}
