using System.Collections.Immutable;
using DocCheck.Core.Findings;
using DocCheck.Jobs.Storage;
using DocCheck.Review;
using DocCheck.Review.Json;
using DocCheck.Rules;

namespace DocCheck.Jobs;

/// <summary>A report with its stored result, read back as a review note, and the quality checkers' decisions.</summary>
/// <param name="Report">The report.</param>
/// <param name="Result">Its result, when checked.</param>
/// <param name="Note">The note as checked (all findings), when checked.</param>
/// <param name="Judgements">Decisions by finding index.</param>
public sealed record ReportReview(ReportRecord Report, StoredResult? Result, ReviewNote? Note, IReadOnlyDictionary<int, FindingJudgement> Judgements)
{
    /// <summary>The decision on a finding, when one was made and it is still about the same rule.</summary>
    public FindingJudgement? JudgementOf(int index) =>
        Note is not null && index < Note.Findings.Length && Judgements.TryGetValue(index, out var judgement)
        && judgement.RuleId == Note.Findings[index].RuleId ? judgement : null;

    /// <summary>
    /// The note sent back to the unit: the findings a quality checker dismissed are left out (confirmed and not yet
    /// judged ones stay), and the verdict follows from what remains.
    /// </summary>
    public ReviewNote NoteToSend()
    {
        var note = Note ?? throw new InvalidOperationException("The report has no result yet.");
        var kept = note.Findings.Where((_, i) => JudgementOf(i)?.Decision != JudgementDecision.Dismissed).ToImmutableArray();
        return note with { Findings = kept, Verdict = VerdictText.From(kept) };
    }
}

/// <summary>Loads reports with their notes for the pages, the API and the note downloads.</summary>
public sealed class ReviewNotes(IReportStore store)
{
    /// <summary>The engine's rule descriptors by id (titles and advice of the notes).</summary>
    public static IReadOnlyDictionary<string, RuleDescriptor> Rules { get; } =
        BuiltInRules.All.ToDictionary(r => r.Descriptor.Id, r => r.Descriptor, StringComparer.Ordinal);

    /// <summary>A report and its review, or null when there is no such report.</summary>
    public async Task<ReportReview?> LoadAsync(long reportId, CancellationToken cancellationToken = default)
    {
        var report = await store.GetReportAsync(reportId, cancellationToken).ConfigureAwait(false);
        if (report is null)
        {
            return null;
        }

        var result = report.Status == ReportStatus.Done
            ? await store.GetResultAsync(report.Sha256, report.EngineVersion, cancellationToken).ConfigureAwait(false)
            : null;
        var note = result is null ? null : JsonNoteReader.Read(result.NoteJson, Rules);
        var judgements = await store.GetJudgementsAsync(reportId, cancellationToken).ConfigureAwait(false);
        return new ReportReview(report, result, note, judgements.ToDictionary(j => j.FindingIndex));
    }

    /// <summary>Writes a note in a format (md, json, docx).</summary>
    public static void Write(ReviewNote note, string format, Stream output)
    {
        ArgumentNullException.ThrowIfNull(note);
        if (!Pipeline.DocChecker.Writers.TryGetValue(format, out var writer))
        {
            throw new ArgumentException($"Unknown note format '{format}'.", nameof(format));
        }

        writer.Write(note, output);
    }
}
