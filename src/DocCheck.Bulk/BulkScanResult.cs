using DocCheck.Review.Summary;

namespace DocCheck.Bulk;

/// <summary>A finished bulk scan.</summary>
/// <param name="Summary">Every file and what became of it, for the summary writers.</param>
/// <param name="CheckedNow">Files checked in this run.</param>
/// <param name="Reused">Results reused (state file, or an identical file of this run).</param>
/// <param name="Ignored">Files that are not .docx or .pdf, left alone.</param>
/// <param name="Elapsed">Wall time.</param>
public sealed record BulkScanResult(ScanSummary Summary, int CheckedNow, int Reused, int Ignored, TimeSpan Elapsed);
