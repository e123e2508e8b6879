using System.Text;
using DocCheck.Ingest.Pdf;

namespace DocCheck.Ingest.Tests.Pdf;

/// <summary>Loops of bare references become null in the bytes, at the same length, before PdfPig opens the file.</summary>
public sealed class ReferenceLoopsTests
{
    [Fact]
    public void TwoObjectsNamingEachOther_BecomeNull_KeepingEveryOffset()
    {
        var file = Encoding.ASCII.GetBytes("%PDF-1.4\n4 0 obj\n6 0 R\nendobj\n5 0 obj << /A 4 0 R >> endobj\n6 0 obj 4 0 R endobj\n");

        var broken = ReferenceLoops.Break(file);

        Assert.Equal(file.Length, broken.Length);
        Assert.Equal("%PDF-1.4\n4 0 obj\nnull \nendobj\n5 0 obj << /A 4 0 R >> endobj\n6 0 obj null  endobj\n", Encoding.ASCII.GetString(broken));
    }

    [Fact]
    public void AChainThatEnds_AndAnObjectNamingItself()
    {
        var file = Encoding.ASCII.GetBytes("1 0 obj 2 0 R endobj 2 0 obj 3 0 R endobj 3 0 obj << >> endobj 7 0 obj 7 0 R endobj");

        var broken = Encoding.ASCII.GetString(ReferenceLoops.Break(file));

        Assert.Equal("1 0 obj 2 0 R endobj 2 0 obj 3 0 R endobj 3 0 obj << >> endobj 7 0 obj null  endobj", broken);
    }

    [Fact]
    public void AFileWithoutLoops_IsNotCopied()
    {
        var file = Encoding.ASCII.GetBytes("1 0 obj 2 0 R endobj 2 0 obj (text) endobj");

        Assert.Same(file, ReferenceLoops.Break(file));
    }
}
