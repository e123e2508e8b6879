using DocCheck.Core.Findings;
using DocCheck.Jobs;
using DocCheck.Jobs.Accounts;
using DocCheck.Jobs.Storage;
using DocCheck.Web.Views;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace DocCheck.Web.Pages.Reports;

/// <summary>One report: verdict, findings by severity with their evidence shown in the document, quality checking.</summary>
public sealed class DetailModel(ReviewNotes notes, IReportStore store, ReportIntake intake, DocumentViews views, IAuthorizationService authorization) : PageModel
{
    /// <summary>The report and its review.</summary>
    public ReportReview Review { get; private set; } = null!;

    /// <summary>The finding whose evidence is marked (from <c>?f=</c>).</summary>
    [BindProperty(SupportsGet = true, Name = "f")]
    public int? Selected { get; set; }

    /// <summary>The document's HTML with the selected finding's evidence marked.</summary>
    public string? DocumentHtml { get; private set; }

    /// <summary>For a PDF, the pages the selected finding's evidence is on.</summary>
    public IReadOnlyList<int> MarkedPages { get; private set; } = [];

    /// <summary>Whether the user may judge findings.</summary>
    public bool CanJudge { get; private set; }

    /// <summary>Whether the user may upload and retry.</summary>
    public bool CanUpload { get; private set; }

    /// <summary>Chinese name of a severity group.</summary>
    public static string SeverityName(Severity severity) => severity switch
    {
        Severity.Error => "错误",
        Severity.Warning => "警告",
        _ => "提示",
    };

    /// <summary>A rule's title.</summary>
    public string RuleTitle(string ruleId) => ReviewNotes.Rules.TryGetValue(ruleId, out var rule) ? rule.Title : ruleId;

    /// <summary>Shows the report.</summary>
    public async Task<IActionResult> OnGetAsync(long id)
    {
        if (await notes.LoadAsync(id, HttpContext.RequestAborted) is not { } review)
        {
            return NotFound();
        }

        Review = review;
        CanJudge = (await authorization.AuthorizeAsync(User, Roles.CanJudge)).Succeeded;
        CanUpload = (await authorization.AuthorizeAsync(User, Roles.CanUpload)).Succeeded;
        if (review is { Note: { } note, Result: { } result })
        {
            var selected = Selected is { } index && index >= 0 && index < note.Findings.Length ? note.Findings[index] : null;
            if (selected is null)
            {
                Selected = null;
            }

            var locations = selected?.Evidence.Select(e => e.Location).ToList() ?? [];
            DocumentHtml = await views.DocumentHtmlAsync(result, locations, HttpContext.RequestAborted);
            MarkedPages = locations.Where(l => l.Page is not null && l.Box is not null).Select(l => l.Page!.Value).Distinct().Order().ToList();
        }

        return Page();
    }

    /// <summary>A quality checker confirms or dismisses a finding.</summary>
    public async Task<IActionResult> OnPostJudgeAsync(long id, int index, string decision, string? comment)
    {
        if (!(await authorization.AuthorizeAsync(User, Roles.CanJudge)).Succeeded)
        {
            return Forbid();
        }

        // The form's maxlength keeps browsers within the limit; anything longer was not typed there.
        if (InputLimits.CommentError(comment) is { } tooLong)
        {
            return BadRequest(tooLong);
        }

        if (await notes.LoadAsync(id, HttpContext.RequestAborted) is not { Note: { } note } || index < 0 || index >= note.Findings.Length)
        {
            return NotFound();
        }

        var verdict = decision == "dismissed" ? JudgementDecision.Dismissed : JudgementDecision.Confirmed;
        var text = string.IsNullOrWhiteSpace(comment) ? null : comment.Trim();
        await store.SaveJudgementAsync(new FindingJudgement(id, index, note.Findings[index].RuleId, verdict, text, User.NameOrUnknown(), DateTimeOffset.UtcNow), HttpContext.RequestAborted);
        return Redirect($"/reports/{id}?f={index}#f{index}");
    }

    /// <summary>Queues a failed report again.</summary>
    public async Task<IActionResult> OnPostRetryAsync(long id)
    {
        if (!(await authorization.AuthorizeAsync(User, Roles.CanUpload)).Succeeded)
        {
            return Forbid();
        }

        await intake.RetryAsync(id, HttpContext.RequestAborted);
        return Redirect($"/reports/{id}");
    }
}
