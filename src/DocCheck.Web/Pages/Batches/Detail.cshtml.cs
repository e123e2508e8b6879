using DocCheck.Jobs;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace DocCheck.Web.Pages.Batches;

/// <summary>A batch (an uploaded zip): how far its checks are, its reports, what it refused, its summaries.</summary>
public sealed class DetailModel(BatchSummaries batches) : PageModel
{
    /// <summary>The batch as it stands.</summary>
    public BatchProgress Progress { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(long id)
    {
        if (await batches.ProgressAsync(id, HttpContext.RequestAborted) is not { } progress)
        {
            return NotFound();
        }

        Progress = progress;
        return Page();
    }
}
