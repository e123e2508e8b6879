using System.Globalization;
using DocCheck.Bulk;
using DocCheck.Core.Text;
using DocCheck.Ingest;
using DocCheck.Jobs.Storage;
using DocCheck.Pipeline;
using Hangfire;
using Microsoft.Extensions.Options;

namespace DocCheck.Jobs;

/// <summary>
/// Accepts uploaded files: judged by their content, never their name; size-limited; stored by content hash; recorded
/// as a queued report before its job is queued, so nothing accepted can be lost.
/// </summary>
public sealed class ReportIntake(IReportStore store, FileStore files, IBackgroundJobClient jobs, IOptions<DocCheckOptions> options)
{
    /// <summary>The longest file name (a zip's: the batch's name; or an entry's path in it) accepted, in characters.</summary>
    public const int MaxFileNameLength = 255;

    /// <summary>Accepts one file, or says in one line why not.</summary>
    public async Task<IntakeResult> AcceptAsync(string fileName, Stream content, string uploadedBy, long? batchId = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(content);

        // Names are shown in pages, notes, summaries and terminals: no control characters (escape sequences) in them.
        var name = ControlCharacters.Replace(Path.GetFileName(fileName ?? string.Empty), keepLineBreaks: false);
        if (name.Length == 0)
        {
            name = "未命名文件";
        }

        if (name.Length > MaxFileNameLength)
        {
            return new IntakeResult(name[..60] + "…", null, string.Create(CultureInfo.InvariantCulture,
                $"文件名过长（{name.Length} 个字符，上限 {MaxFileNameLength} 个），请改短后再上传。"));
        }

        // A zip (a batch) may be as large as a whole upload request; a single report only as large as a report may be.
        var settings = options.Value;
        var bytes = await ReadAtMostAsync(content, Math.Max(settings.MaxUploadBytes, settings.MaxRequestMegabytes * 1024L * 1024L), cancellationToken).ConfigureAwait(false);
        var format = bytes is null ? SniffedFormat.Unknown : FormatSniffer.Sniff(bytes);
        if (bytes is null || (format != SniffedFormat.Zip && bytes.LongLength > settings.MaxUploadBytes))
        {
            return new IntakeResult(name, null, string.Create(CultureInfo.InvariantCulture, $"文件超过大小上限 {(bytes is null ? settings.MaxRequestMegabytes : settings.MaxUploadMegabytes)} MB。"));
        }

        if (format == SniffedFormat.Zip && batchId is null)
        {
            return await AcceptArchiveAsync(name, bytes, uploadedBy, cancellationToken).ConfigureAwait(false);
        }

        var kind = format switch
        {
            SniffedFormat.WordOpenXml => "docx",
            SniffedFormat.Pdf => "pdf",
            _ => null,
        };
        if (kind is null)
        {
            return new IntakeResult(name, null, RejectionFor(format));
        }

        var sha256 = await files.SaveAsync(bytes, cancellationToken).ConfigureAwait(false);
        var id = await store.AddReportAsync(new NewReport(sha256, name, kind, bytes.LongLength, uploadedBy, batchId), EngineInfo.Version, cancellationToken).ConfigureAwait(false);
        await store.MarkEnqueuedAsync(id, Enqueue(jobs, id), cancellationToken).ConfigureAwait(false);
        return new IntakeResult(name, id, null);
    }

    /// <summary>
    /// A zip of reports becomes a batch: every .docx / .pdf entry a report of it (judged by content like any upload);
    /// entries whose path escapes the archive, other files and entries over the size limit are listed as refused.
    /// </summary>
    private async Task<IntakeResult> AcceptArchiveAsync(string name, byte[] bytes, string uploadedBy, CancellationToken cancellationToken)
    {
        // Written inside the try: an upload cancelled while the copy is written must not leave half a zip behind.
        var temporary = Path.Combine(Path.GetTempPath(), "doccheck-batch-" + Guid.NewGuid().ToString("N") + ".zip");
        try
        {
            await File.WriteAllBytesAsync(temporary, bytes, cancellationToken).ConfigureAwait(false);
            using var archive = ScanInput.Open(temporary, options.Value.MaxUploadBytes);
            var rejected = archive.Rejected.Select(r => $"{Visible(r.Path)}：{r.Reason}").ToList();
            var accepted = new List<(string Path, byte[] Content)>();
            foreach (var entry in archive.ReadAll(cancellationToken))
            {
                if (entry.Content is null)
                {
                    rejected.Add($"{Visible(entry.Entry.Path)}：{entry.Failure}");
                    continue;
                }

                var entryFormat = FormatSniffer.Sniff(entry.Content);
                if (entryFormat is SniffedFormat.WordOpenXml or SniffedFormat.Pdf)
                {
                    accepted.Add((entry.Entry.Path, entry.Content));
                }
                else
                {
                    rejected.Add($"{Visible(entry.Entry.Path)}：{RejectionFor(entryFormat)}");
                }
            }

            if (archive.Ignored > 0)
            {
                rejected.Add(string.Create(CultureInfo.InvariantCulture, $"另有 {archive.Ignored} 个文件不是 .docx 或 .pdf，未检查。"));
            }

            if (accepted.Count == 0)
            {
                return new IntakeResult(name, null, "压缩包中没有可检查的 Word（.docx）或 PDF 报告。" + (rejected.Count > 0 ? rejected[0] : string.Empty));
            }

            var batchId = await store.AddBatchAsync(name, uploadedBy, rejected, cancellationToken).ConfigureAwait(false);
            foreach (var (path, content) in accepted)
            {
                using var stream = new MemoryStream(content, writable: false);
                await AcceptAsync(path.Replace('/', '／'), stream, uploadedBy, batchId, cancellationToken).ConfigureAwait(false);
            }

            return new IntakeResult(name, null, null, batchId, accepted.Count);
        }
        catch (InvalidDataException ex)
        {
            return new IntakeResult(name, null, ex.Message);
        }
        finally
        {
            File.Delete(temporary);
        }
    }

    /// <summary>Queues a failed report again.</summary>
    public async Task<bool> RetryAsync(long reportId, CancellationToken cancellationToken = default)
    {
        var report = await store.GetReportAsync(reportId, cancellationToken).ConfigureAwait(false);
        if (report is null || report.Status is ReportStatus.Queued or ReportStatus.Running)
        {
            return false;
        }

        await store.MarkQueuedAsync(reportId, EngineInfo.Version, cancellationToken).ConfigureAwait(false);
        await store.MarkEnqueuedAsync(reportId, Enqueue(jobs, reportId), cancellationToken).ConfigureAwait(false);
        return true;
    }

    /// <summary>Queues the check job of a report (ids only: Hangfire stores the arguments); returns the job's id.</summary>
    internal static string Enqueue(IBackgroundJobClient jobs, long reportId) =>
        jobs.Enqueue<CheckReportJob>(job => job.RunAsync(reportId, CancellationToken.None));

    private static string Visible(string path) => ControlCharacters.Replace(path, keepLineBreaks: false);

    private static string RejectionFor(SniffedFormat format) => format switch
    {
        SniffedFormat.Empty => "文件为空。",
        SniffedFormat.LegacyWord => "这是旧版 Word 文档（.doc），请另存为 .docx 或 PDF 后再上传。",
        SniffedFormat.EncryptedOpenXml => "文档已加密（设有打开密码），请去除密码后再上传。",
        SniffedFormat.DamagedZip => "文件已损坏或不完整（压缩结构无法读取）。",
        _ => $"按文件内容识别为{FormatSniffer.Describe(format)}，不是 Word（.docx）或 PDF 报告。",
    };

    private static async Task<byte[]?> ReadAtMostAsync(Stream content, long limit, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await content.ReadAsync(chunk, cancellationToken).ConfigureAwait(false)) > 0)
        {
            if (buffer.Length + read > limit)
            {
                return null;
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }
}
