using DocCheck.Core.Documents;
using DocCheck.Core.Findings;
using DocCheck.Jobs;
using DocCheck.Jobs.Storage;
using DocCheck.Review;

namespace DocCheck.Web.Apis;

/// <summary>A report's status and, once checked, its verdict and counts.</summary>
/// <param name="Id">Report id.</param>
/// <param name="FileName">As uploaded.</param>
/// <param name="Format">docx or pdf.</param>
/// <param name="Sha256">Content hash.</param>
/// <param name="Status">queued / running / done / failed.</param>
/// <param name="StatusText">排队中 / 检查中 / 已完成 / 失败.</param>
/// <param name="Failure">Why a check failed.</param>
/// <param name="Verdict">pass / improve / return, once done (after the quality check: of the note to send).</param>
/// <param name="VerdictText">通过 / 建议完善 / 退回修改.</param>
/// <param name="Errors">Error-level findings.</param>
/// <param name="Warnings">Warnings.</param>
/// <param name="Infos">Information.</param>
/// <param name="UploadedBy">Who uploaded.</param>
/// <param name="UploadedAt">When.</param>
/// <param name="FinishedAt">When the check ended.</param>
/// <param name="EngineVersion">Engine version of the status.</param>
public sealed record ReportSummaryDto(
    long Id, string FileName, string Format, string Sha256, string Status, string StatusText, string? Failure,
    string? Verdict, string? VerdictText, int? Errors, int? Warnings, int? Infos,
    string UploadedBy, DateTimeOffset UploadedAt, DateTimeOffset? FinishedAt, string EngineVersion)
{
    /// <summary>From a report and, when done, its result.</summary>
    public static ReportSummaryDto From(ReportRecord report, ResultCounts? result)
    {
        ArgumentNullException.ThrowIfNull(report);
        return new(report.Id, report.FileName, report.Format, report.Sha256, report.Status.ToId(), report.Status.ToChinese(), report.Failure,
            result?.Verdict, result is null ? null : VerdictName(result.Verdict), result?.Errors, result?.Warnings, result?.Infos,
            report.UploadedBy, report.UploadedAt, report.FinishedAt, report.EngineVersion);
    }

    private static string VerdictName(string id) => id switch
    {
        "return" => DocCheck.Review.Verdict.Return.ToChinese(),
        "improve" => DocCheck.Review.Verdict.Improve.ToChinese(),
        _ => DocCheck.Review.Verdict.Pass.ToChinese(),
    };
}

/// <summary>A page of reports.</summary>
/// <param name="Total">All reports.</param>
/// <param name="Reports">This page, newest first.</param>
public sealed record ReportListDto(int Total, IReadOnlyList<ReportSummaryDto> Reports);

/// <summary>What became of each uploaded file.</summary>
/// <param name="Files">One entry per file, in upload order.</param>
public sealed record UploadResultDto(IReadOnlyList<UploadedFileDto> Files);

/// <summary>One uploaded file.</summary>
/// <param name="FileName">As uploaded.</param>
/// <param name="Accepted">Whether it was accepted.</param>
/// <param name="ReportId">The report created.</param>
/// <param name="Rejection">Why not accepted.</param>
/// <param name="StatusUrl">Where to poll its status.</param>
/// <param name="BatchId">For a zip: the batch made of its reports.</param>
/// <param name="BatchReports">For a zip: how many reports it holds.</param>
public sealed record UploadedFileDto(string FileName, bool Accepted, long? ReportId, string? Rejection, string? StatusUrl, long? BatchId = null, int BatchReports = 0)
{
    /// <summary>From an intake result.</summary>
    public static UploadedFileDto From(IntakeResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var statusUrl = result.ReportId is { } id ? $"/api/reports/{id}" : result.BatchId is { } batch ? $"/api/batches/{batch}" : null;
        return new(result.FileName, result.Accepted, result.ReportId, result.Rejection, statusUrl, result.BatchId, result.BatchReports);
    }
}

/// <summary>A batch (an uploaded zip) and where its reports stand.</summary>
/// <param name="Id">Its id.</param>
/// <param name="Name">The zip's name.</param>
/// <param name="Total">Reports in it.</param>
/// <param name="Done">Checked.</param>
/// <param name="Failed">Could not be checked.</param>
/// <param name="Finished">Whether every report has ended.</param>
/// <param name="Rejected">Entries not taken, with their reasons.</param>
/// <param name="Reports">Its reports.</param>
public sealed record BatchDto(long Id, string Name, int Total, int Done, int Failed, bool Finished, IReadOnlyList<string> Rejected, IReadOnlyList<ReportSummaryDto> Reports);

/// <summary>One finding with its evidence and the quality checker's decision.</summary>
/// <param name="Index">0-based position in the report's note: the key for judging it.</param>
/// <param name="Rule">Rule id (the catalog's contract).</param>
/// <param name="Severity">error / warning / info.</param>
/// <param name="Title">The rule's Chinese title.</param>
/// <param name="Subject">What the finding is about.</param>
/// <param name="Message">The Chinese sentence for the note.</param>
/// <param name="Claimed">As the report states it.</param>
/// <param name="Computed">As DocCheck recomputed it.</param>
/// <param name="Evidence">Quotes and locations.</param>
/// <param name="Judgement">confirmed / dismissed, or null when not judged.</param>
/// <param name="Comment">The checker's comment.</param>
/// <param name="JudgedBy">Who judged it.</param>
public sealed record FindingDto(
    int Index, string Rule, string Severity, string Title, string Subject, string Message, string? Claimed, string? Computed,
    IReadOnlyList<EvidenceDto> Evidence, string? Judgement, string? Comment, string? JudgedBy)
{
    /// <summary>From a finding and its decision.</summary>
    public static FindingDto From(int index, Finding finding, FindingJudgement? judgement)
    {
        ArgumentNullException.ThrowIfNull(finding);
        var title = ReviewNotes.Rules.TryGetValue(finding.RuleId, out var rule) ? rule.Title : finding.RuleId;
        return new(index, finding.RuleId, finding.Severity.ToId(), title, finding.Subject, finding.Message, finding.Claimed, finding.Computed,
            finding.Evidence.Select(EvidenceDto.From).ToList(),
            judgement is null ? null : judgement.Decision == JudgementDecision.Confirmed ? "confirmed" : "dismissed",
            judgement?.Comment, judgement?.JudgedBy);
    }
}

/// <summary>A quote and where it is.</summary>
/// <param name="Quote">As printed.</param>
/// <param name="Role">What it is in the finding.</param>
/// <param name="Ref">Compact location (<c>p3 T2[r5,c3]</c>).</param>
/// <param name="Location">The location in Chinese words.</param>
/// <param name="Page">1-based page, for PDFs.</param>
public sealed record EvidenceDto(string Quote, string Role, string Ref, string Location, int? Page)
{
    /// <summary>From evidence.</summary>
    public static EvidenceDto From(Evidence evidence)
    {
        ArgumentNullException.ThrowIfNull(evidence);
        return new(evidence.Quote, evidence.Role, evidence.Location.ToString(), evidence.Location.Describe(), evidence.Location.Page);
    }
}

/// <summary>A quality checker's decision on a finding.</summary>
/// <param name="Decision">confirmed or dismissed.</param>
/// <param name="Comment">Why (optional).</param>
public sealed record JudgementRequest(string Decision, string? Comment);

/// <summary>A report's verdict for a budget system.</summary>
/// <param name="Id">Report id.</param>
/// <param name="FileName">As uploaded.</param>
/// <param name="Sha256">Content hash.</param>
/// <param name="Verdict">pass / improve / return, after the quality checkers' decisions.</param>
/// <param name="VerdictText">Chinese.</param>
/// <param name="Errors">Errors kept.</param>
/// <param name="Warnings">Warnings kept.</param>
/// <param name="Judged">Findings judged.</param>
/// <param name="Findings">Findings in the check.</param>
/// <param name="FinishedAt">When checked.</param>
public sealed record VerdictDto(long Id, string FileName, string Sha256, string Verdict, string VerdictText, int Errors, int Warnings, int Judged, int Findings, DateTimeOffset? FinishedAt);

/// <summary>Helpers on locations for the views.</summary>
internal static class LocationExtensions
{
    public static IEnumerable<SourceLocation> Locations(this Finding finding) => finding.Evidence.Select(e => e.Location);
}
