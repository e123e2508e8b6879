namespace DocCheck.Jobs.Storage;

/// <summary>A report being accepted.</summary>
/// <param name="Sha256">Content hash.</param>
/// <param name="FileName">Name as uploaded.</param>
/// <param name="Format">docx or pdf.</param>
/// <param name="Size">Bytes.</param>
/// <param name="UploadedBy">Who.</param>
/// <param name="BatchId">Its batch, when any.</param>
public sealed record NewReport(string Sha256, string FileName, string Format, long Size, string UploadedBy, long? BatchId = null);
