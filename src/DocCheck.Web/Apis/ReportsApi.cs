using DocCheck.Core.Findings;
using DocCheck.Jobs;
using DocCheck.Jobs.Accounts;
using DocCheck.Jobs.Storage;
using DocCheck.Review;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace DocCheck.Web.Apis;

/// <summary>The REST API for budget systems and for the pages' scripts: upload, status, findings, judgements, notes, verdicts.</summary>
public static class ReportsApi
{
    /// <summary>The header the pages' scripts send the anti-forgery token in.</summary>
    public const string AntiforgeryHeader = "X-CSRF-TOKEN";

    private static readonly Dictionary<string, string> ContentTypes = new(StringComparer.Ordinal)
    {
        ["md"] = "text/markdown; charset=utf-8",
        ["json"] = "application/json; charset=utf-8",
        ["docx"] = "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    };

    /// <summary>Maps <c>/api/reports</c> and <c>/api/verdicts</c>.</summary>
    public static IEndpointRouteBuilder MapReportsApi(this IEndpointRouteBuilder endpoints)
    {
        // Form posts from scripts are protected below (cookie sign-ins only); API-key clients carry no cookie to forge.
        var api = endpoints.MapGroup("/api").WithTags("reports").DisableAntiforgery().AddEndpointFilter(CookieRequestsNeedAntiforgery);

        api.MapGet("/reports", ListAsync).WithSummary("报告列表（最新在前）");
        api.MapPost("/reports", UploadAsync).RequireAuthorization(Roles.CanUpload)
            .WithSummary("上传一个或多个报告（multipart/form-data，字段名 files）").Accepts<IFormFileCollection>("multipart/form-data");
        api.MapGet("/reports/{id:long}", GetAsync).WithSummary("报告状态与结论");
        api.MapGet("/reports/{id:long}/findings", FindingsAsync).WithSummary("检查发现及质检结论");
        api.MapPut("/reports/{id:long}/findings/{index:int}/judgement", JudgeAsync).RequireAuthorization(Roles.CanJudge)
            .WithSummary("质检：确认或驳回一项发现");
        api.MapGet("/reports/{id:long}/note.{format}", NoteAsync)
            .WithSummary("下载审核意见（docx、md 或 json）；默认不含被驳回的发现，?all=true 含全部");
        api.MapPost("/reports/{id:long}/retry", RetryAsync).RequireAuthorization(Roles.CanUpload).WithSummary("重新检查失败的报告");
        api.MapGet("/batches/{id:long}", BatchAsync).WithSummary("批次（上传的压缩包）进度与其中的报告");
        api.MapGet("/batches/{id:long}/summary.{format}", BatchSummaryAsync)
            .WithSummary("批次汇总：xlsx（每份报告一行、每条规则一页）或 html（含图表，可离线打开）");
        api.MapGet("/verdicts", VerdictsAsync).WithSummary("已完成报告的审核结论（供预算系统同步）");
        return endpoints;
    }

    private static async Task<Ok<ReportListDto>> ListAsync(IReportStore store, int? skip, int? take, CancellationToken cancellationToken)
    {
        var reports = await store.ListReportsWithCountsAsync(Math.Max(0, skip ?? 0), Math.Clamp(take ?? 50, 1, 500), cancellationToken).ConfigureAwait(false);
        var summaries = reports.Select(r => ReportSummaryDto.From(r.Report, r.Counts)).ToList();

        return TypedResults.Ok(new ReportListDto(await store.CountReportsAsync(cancellationToken).ConfigureAwait(false), summaries));
    }

    private static async Task<Results<Accepted<UploadResultDto>, UnprocessableEntity<ProblemDetails>, ProblemHttpResult>> UploadAsync(
        HttpRequest request, ReportIntake intake, CancellationToken cancellationToken)
    {
        var (form, status, error) = await UploadForm.ReadAsync(request, cancellationToken).ConfigureAwait(false);
        if (form is null)
        {
            return TypedResults.Problem(error, statusCode: status, title: "请求无法处理");
        }

        if (form.Files.Count == 0)
        {
            return TypedResults.UnprocessableEntity(Problem("没有收到文件。"));
        }

        var results = new List<UploadedFileDto>();
        foreach (var file in form.Files)
        {
            await using var stream = file.OpenReadStream();
            var result = await intake.AcceptAsync(file.FileName, stream, request.HttpContext.User.NameOrUnknown(), cancellationToken: cancellationToken).ConfigureAwait(false);
            results.Add(UploadedFileDto.From(result));
        }

        if (!results.Any(r => r.Accepted))
        {
            var problem = Problem(results.Count == 1 ? $"{results[0].FileName}：{results[0].Rejection}" : "所有文件均未被接受。");
            problem.Extensions["files"] = results;
            return TypedResults.UnprocessableEntity(problem);
        }

        var first = results.First(r => r.Accepted);
        return TypedResults.Accepted(first.StatusUrl, new UploadResultDto(results));
    }

    private static async Task<Results<Ok<ReportSummaryDto>, NotFound>> GetAsync(long id, IReportStore store, ReviewNotes notes, CancellationToken cancellationToken)
    {
        var review = await notes.LoadAsync(id, cancellationToken).ConfigureAwait(false);
        if (review is null)
        {
            return TypedResults.NotFound();
        }

        var summary = ReportSummaryDto.From(review.Report, review.Result?.Counts);
        if (review.Note is not null)
        {
            // The verdict a budget system sees is the one of the note that goes back: after the quality checkers' decisions.
            var sent = review.NoteToSend();
            summary = summary with
            {
                Verdict = sent.Verdict.ToId(),
                VerdictText = sent.Verdict.ToChinese(),
                Errors = sent.Findings.Count(f => f.Severity == Severity.Error),
                Warnings = sent.Findings.Count(f => f.Severity == Severity.Warning),
                Infos = sent.Findings.Count(f => f.Severity == Severity.Info),
            };
        }

        return TypedResults.Ok(summary);
    }

    private static async Task<Results<Ok<IReadOnlyList<FindingDto>>, NotFound, Conflict<ProblemDetails>>> FindingsAsync(long id, ReviewNotes notes, CancellationToken cancellationToken)
    {
        var review = await notes.LoadAsync(id, cancellationToken).ConfigureAwait(false);
        if (review is null)
        {
            return TypedResults.NotFound();
        }

        if (review.Note is not { } note)
        {
            return TypedResults.Conflict(Problem(NotReady(review.Report)));
        }

        IReadOnlyList<FindingDto> findings = note.Findings.Select((f, i) => FindingDto.From(i, f, review.JudgementOf(i))).ToList();
        return TypedResults.Ok(findings);
    }

    private static async Task<Results<Ok<FindingDto>, NotFound, Conflict<ProblemDetails>, ValidationProblem>> JudgeAsync(
        long id, int index, JudgementRequest body, HttpContext context, ReviewNotes notes, IReportStore store, CancellationToken cancellationToken)
    {
        var decision = body.Decision?.Trim().ToLowerInvariant() switch
        {
            "confirmed" or "confirm" => JudgementDecision.Confirmed,
            "dismissed" or "dismiss" => (JudgementDecision?)JudgementDecision.Dismissed,
            _ => null,
        };
        if (decision is null)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["decision"] = ["decision 应为 confirmed 或 dismissed。"] });
        }

        if (InputLimits.CommentError(body.Comment) is { } tooLong)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["comment"] = [tooLong] });
        }

        var review = await notes.LoadAsync(id, cancellationToken).ConfigureAwait(false);
        if (review is null)
        {
            return TypedResults.NotFound();
        }

        if (review.Note is not { } note)
        {
            return TypedResults.Conflict(Problem(NotReady(review.Report)));
        }

        if (index < 0 || index >= note.Findings.Length)
        {
            return TypedResults.NotFound();
        }

        var judgement = new FindingJudgement(id, index, note.Findings[index].RuleId, decision.Value, Trim(body.Comment), context.User.NameOrUnknown(), DateTimeOffset.UtcNow);
        await store.SaveJudgementAsync(judgement, cancellationToken).ConfigureAwait(false);
        return TypedResults.Ok(FindingDto.From(index, note.Findings[index], judgement));
    }

    private static async Task<IResult> NoteAsync(long id, string format, bool? all, ReviewNotes notes, CancellationToken cancellationToken)
    {
        if (!ContentTypes.TryGetValue(format.ToLowerInvariant(), out var contentType))
        {
            return TypedResults.NotFound();
        }

        var review = await notes.LoadAsync(id, cancellationToken).ConfigureAwait(false);
        if (review is null)
        {
            return TypedResults.NotFound();
        }

        if (review.Note is null)
        {
            return TypedResults.Conflict(Problem(NotReady(review.Report)));
        }

        var note = all == true ? review.Note : review.NoteToSend();
        var buffer = new MemoryStream();
        ReviewNotes.Write(note, format.ToLowerInvariant(), buffer);
        buffer.Position = 0;
        var name = Path.GetFileNameWithoutExtension(review.Report.FileName) + ".审核意见." + format.ToLowerInvariant();
        return TypedResults.File(buffer, contentType, name);
    }

    private static async Task<Results<Accepted, NotFound, Conflict<ProblemDetails>>> RetryAsync(long id, ReportIntake intake, IReportStore store, CancellationToken cancellationToken)
    {
        if (await store.GetReportAsync(id, cancellationToken).ConfigureAwait(false) is null)
        {
            return TypedResults.NotFound();
        }

        return await intake.RetryAsync(id, cancellationToken).ConfigureAwait(false)
            ? TypedResults.Accepted($"/api/reports/{id}")
            : TypedResults.Conflict(Problem("该报告正在排队或检查中。"));
    }

    private static async Task<Ok<IReadOnlyList<VerdictDto>>> VerdictsAsync(IReportStore store, ReviewNotes notes, int? skip, int? take, CancellationToken cancellationToken)
    {
        var reports = await store.ListReportsAsync(Math.Max(0, skip ?? 0), Math.Clamp(take ?? 100, 1, 500), cancellationToken).ConfigureAwait(false);
        var verdicts = new List<VerdictDto>();
        foreach (var report in reports.Where(r => r.Status == ReportStatus.Done))
        {
            if (await notes.LoadAsync(report.Id, cancellationToken).ConfigureAwait(false) is { Note: { } note } review)
            {
                var sent = review.NoteToSend();
                verdicts.Add(new VerdictDto(report.Id, report.FileName, report.Sha256, sent.Verdict.ToId(), sent.Verdict.ToChinese(),
                    sent.Findings.Count(f => f.Severity == Severity.Error), sent.Findings.Count(f => f.Severity == Severity.Warning),
                    review.Judgements.Count, note.Findings.Length, report.FinishedAt));
            }
        }

        IReadOnlyList<VerdictDto> list = verdicts;
        return TypedResults.Ok(list);
    }

    private static async Task<Results<Ok<BatchDto>, NotFound>> BatchAsync(long id, BatchSummaries batches, CancellationToken cancellationToken)
    {
        if (await batches.ProgressAsync(id, cancellationToken).ConfigureAwait(false) is not { } progress)
        {
            return TypedResults.NotFound();
        }

        var reports = progress.Listing.Select(l => ReportSummaryDto.From(l.Report, l.Counts)).ToList();
        return TypedResults.Ok(new BatchDto(id, progress.Batch.Name, progress.Total, progress.Done, progress.Failed, progress.Finished, progress.Batch.Rejected, reports));
    }

    private static async Task<Results<FileContentHttpResult, NotFound>> BatchSummaryAsync(long id, string format, BatchSummaries batches, CancellationToken cancellationToken)
    {
        if (!BatchSummaries.Writers.TryGetValue(format, out var writer) || await batches.ProgressAsync(id, cancellationToken).ConfigureAwait(false) is not { } progress)
        {
            return TypedResults.NotFound();
        }

        var summary = await batches.SummaryAsync(progress, cancellationToken).ConfigureAwait(false);
        using var output = new MemoryStream();
        writer.Write(summary, output);
        var contentType = format == "html" ? "text/html; charset=utf-8" : "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
        return TypedResults.File(output.ToArray(), contentType, Path.GetFileNameWithoutExtension(progress.Batch.Name) + ".汇总" + writer.Extension);
    }

    private static async ValueTask<object?> CookieRequestsNeedAntiforgery(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        if (!HttpMethods.IsGet(http.Request.Method) && !HttpMethods.IsHead(http.Request.Method) && !http.User.SignedInWithApiKey())
        {
            var antiforgery = http.RequestServices.GetRequiredService<IAntiforgery>();
            if (!await antiforgery.IsRequestValidAsync(http).ConfigureAwait(false))
            {
                return TypedResults.Problem("请求缺少有效的防伪令牌，请刷新页面后重试。", statusCode: StatusCodes.Status400BadRequest);
            }
        }

        return await next(context).ConfigureAwait(false);
    }

    private static string NotReady(ReportRecord report) => report.Status switch
    {
        ReportStatus.Failed => "该报告检查失败：" + report.Failure,
        _ => "该报告尚未检查完成（" + report.Status.ToChinese() + "）。",
    };

    private static string? Trim(string? comment) => string.IsNullOrWhiteSpace(comment) ? null : comment.Trim();

    private static ProblemDetails Problem(string detail) => new() { Title = "请求无法处理", Detail = detail, Status = StatusCodes.Status422UnprocessableEntity };
}
