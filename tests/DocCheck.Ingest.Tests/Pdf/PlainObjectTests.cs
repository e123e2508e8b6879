using System.Text;
using DocCheck.Ingest.Pdf;

namespace DocCheck.Ingest.Tests.Pdf;

/// <summary>The glance that spares parsing every object: sure only when the value cannot be a reference.</summary>
public sealed class PlainObjectTests
{
    [Theory]
    [InlineData("12 0 obj\n<< /Type /Page >>\nendobj", true)]
    [InlineData("12 0 obj [1 2 3] endobj", true)]
    [InlineData("12 0 obj\r\n% a comment\r\n(text) endobj", true)]
    [InlineData("12 0 obj /Name endobj", true)]
    [InlineData("12 0 obj null endobj", true)]
    [InlineData("12 0 obj\n6 0 R\nendobj", false)]
    [InlineData("12 0 obj 42 endobj", false)]
    [InlineData("garbage where the offset points", false)]
    [InlineData("12 0 ob", false)]
    public void IsSurelyNotAReference(string text, bool sure)
    {
        var file = Encoding.ASCII.GetBytes("%PDF-1.4\n" + text);

        Assert.Equal(sure, PlainObject.IsSurelyNotAReference(file, 9, 12, 0));
    }

    [Fact]
    public void AnOffsetOutsideTheFile_IsNotSure() =>
        Assert.False(PlainObject.IsSurelyNotAReference("12 0 obj << >> endobj"u8, 1000, 12, 0));

    [Theory]
    [InlineData(13, 0)]
    [InlineData(12, 1)]
    public void AnOffsetThatLeadsToAnotherObject_IsNotSure(long number, int generation)
    {
        // A damaged cross-reference table: PdfPig finds the right object by searching; the glance must not judge this one.
        Assert.False(PlainObject.IsSurelyNotAReference("12 0 obj << >> endobj"u8, 0, number, generation));
    }
}
