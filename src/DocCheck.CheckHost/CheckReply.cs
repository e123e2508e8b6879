namespace DocCheck.CheckHost;

/// <summary>The check host's answer to one <see cref="CheckRequest"/>: a line of JSON on its standard output.</summary>
/// <param name="Id">The request's id.</param>
/// <param name="Outcome">What happened.</param>
/// <param name="Reason">For a file that could not be checked, a one-line Chinese reason.</param>
/// <param name="Pages">For a PDF, its number of pages (views are written for the pages that hold evidence).</param>
public sealed record CheckReply(long Id, CheckOutcome Outcome, string? Reason = null, int Pages = 0);
