using DocCheck.Jobs;
using DocCheck.Jobs.Accounts;
using DocCheck.Jobs.Storage;
using DocCheck.Web.Apis;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;

namespace DocCheck.Web.Pages;

/// <summary>The reports list with live status, and the upload form.</summary>
public sealed class IndexModel(IReportStore store, ReportIntake intake, IAuthorizationService authorization, IOptions<DocCheckOptions> options) : PageModel
{
    /// <summary>Reports shown.</summary>
    public IReadOnlyList<ReportSummaryDto> Reports { get; private set; } = [];

    /// <summary>All reports.</summary>
    public int Total { get; private set; }

    /// <summary>Results of a form upload (without scripts).</summary>
    public IReadOnlyList<UploadedFileDto> UploadResults { get; private set; } = [];

    /// <summary>The size limit shown.</summary>
    public int MaxUploadMegabytes => options.Value.MaxUploadMegabytes;

    /// <summary>Shows the list.</summary>
    public Task OnGetAsync() => LoadAsync();

    /// <summary>Why a form upload was refused as a whole (a malformed or oversized request).</summary>
    public string? UploadError { get; private set; }

    /// <summary>The form upload, for browsers without scripts.</summary>
    public async Task<IActionResult> OnPostUploadAsync()
    {
        if (!(await authorization.AuthorizeAsync(User, Roles.CanUpload)).Succeeded)
        {
            return Forbid();
        }

        // Read here rather than bound as a parameter: model binding would swallow a malformed body and show nothing.
        var (form, status, error) = await UploadForm.ReadAsync(Request, HttpContext.RequestAborted);
        if (form is null)
        {
            Response.StatusCode = status;
            UploadError = error;
            await LoadAsync();
            return Page();
        }

        var results = new List<UploadedFileDto>();
        foreach (var file in form.Files.GetFiles("files"))
        {
            await using var stream = file.OpenReadStream();
            results.Add(UploadedFileDto.From(await intake.AcceptAsync(file.FileName, stream, User.NameOrUnknown(), cancellationToken: HttpContext.RequestAborted)));
        }

        UploadResults = results;
        await LoadAsync();
        return Page();
    }

    private async Task LoadAsync()
    {
        var reports = await store.ListReportsWithCountsAsync(0, 200, HttpContext.RequestAborted);
        Reports = reports.Select(r => ReportSummaryDto.From(r.Report, r.Counts)).ToList();
        Total = await store.CountReportsAsync(HttpContext.RequestAborted);
    }
}
