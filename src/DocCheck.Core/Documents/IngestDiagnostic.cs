namespace DocCheck.Core.Documents;

/// <summary>
/// Something odd a reader met and worked around (an unknown numbering format, a ragged table, an unreadable
/// page). Shown in the review note's "未能核查" section: not an exception, not silent.
/// </summary>
/// <param name="Code">Stable code, <c>ingest.*</c>.</param>
/// <param name="Message">Chinese explanation for the reviewer.</param>
/// <param name="Location">Where, when it concerns one place.</param>
public sealed record IngestDiagnostic(string Code, string Message, SourceLocation? Location = null);
