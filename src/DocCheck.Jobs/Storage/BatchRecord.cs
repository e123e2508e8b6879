namespace DocCheck.Jobs.Storage;

/// <summary>A zip of reports uploaded at once (a department's or a year's archive).</summary>
/// <param name="Id">Its id.</param>
/// <param name="Name">The zip's file name.</param>
/// <param name="CreatedBy">Who uploaded it.</param>
/// <param name="CreatedAt">When.</param>
/// <param name="Rejected">Entries not taken, each "path：reason" (escaping paths, other formats, too large).</param>
public sealed record BatchRecord(long Id, string Name, string CreatedBy, DateTimeOffset CreatedAt, IReadOnlyList<string> Rejected);
