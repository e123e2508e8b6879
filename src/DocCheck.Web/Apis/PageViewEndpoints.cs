using DocCheck.Jobs;
using DocCheck.Web.Views;

namespace DocCheck.Web.Apis;

/// <summary>The page images of checked PDFs, with a finding's evidence boxed: <c>/reports/{id}/pages/{page}.svg?f=3</c>.</summary>
public static class PageViewEndpoints
{
    /// <summary>Maps the page views.</summary>
    public static IEndpointRouteBuilder MapPageViews(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/reports/{id:long}/pages/{page:int}.svg", async (long id, int page, int? f, ReviewNotes notes, DocumentViews views, HttpContext context) =>
        {
            if (await notes.LoadAsync(id, context.RequestAborted).ConfigureAwait(false) is not { Note: { } note, Result: { } result })
            {
                return Results.NotFound();
            }

            var boxes = f is { } index && index >= 0 && index < note.Findings.Length
                ? note.Findings[index].Evidence.Where(e => e.Location.Page == page && e.Location.Box is not null).Select(e => e.Location.Box!.Value).ToList()
                : [];
            if (await views.PageSvgAsync(result, page, boxes, context.RequestAborted) is not { } svg)
            {
                return Results.NotFound();
            }

            // Shown through <img>, where scripts never run; the policy says so again for a direct visit.
            context.Response.Headers.ContentSecurityPolicy = "default-src 'none'; style-src 'unsafe-inline'";
            return Results.Content(svg, "image/svg+xml; charset=utf-8");
        }).ExcludeFromDescription();
        return endpoints;
    }
}
