using DocCheck.Pipeline;
using DocCheck.Testing;

namespace DocCheck.Corpus.Tests;

/// <summary>The whole review note of the two real reports, as a reviewer reads it, held as reviewed golden files.</summary>
public sealed class NoteGoldenTests
{
    [Theory]
    [InlineData("seed-003-comprehensive-affairs-2020")]
    [InlineData("seed-000-hall-running-costs-2021")]
    public void MarkdownNote_MatchesTheReviewedNote(string name)
    {
        using var stream = new MemoryStream();
        DocChecker.WriteNote(CorpusReports.Check(name), "md", stream);

        Golden.Assert(System.Text.Encoding.UTF8.GetString(stream.ToArray()), Path.Combine(RepoPaths.Corpus, "expected", name + ".note.md"));
    }
}
