using System.Globalization;
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
    /// <summary>Accepts one file, or says in one line why not.</summary>
    public async Task<IntakeResult> AcceptAsync(string fileName, Stream content, string uploadedBy, long? batchId = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(content);
        var name = Path.GetFileName(fileName ?? string.Empty);
        if (name.Length == 0)
        {
            name = "未命名文件";
        }

        var limit = options.Value.MaxUploadBytes;
        var bytes = await ReadAtMostAsync(content, limit, cancellationToken).ConfigureAwait(false);
        if (bytes is null)
        {
            return new IntakeResult(name, null, string.Create(CultureInfo.InvariantCulture, $"文件超过大小上限 {options.Value.MaxUploadMegabytes} MB。"));
        }

        var format = FormatSniffer.Sniff(bytes);
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
        Enqueue(jobs, id);
        return new IntakeResult(name, id, null);
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
        Enqueue(jobs, reportId);
        return true;
    }

    /// <summary>Queues the check job of a report (ids only: Hangfire stores the arguments).</summary>
    internal static void Enqueue(IBackgroundJobClient jobs, long reportId) =>
        jobs.Enqueue<CheckReportJob>(job => job.RunAsync(reportId, CancellationToken.None));

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
