using DocCheck.Core.Errors;
using DocCheck.Ingest;
using DocCheck.Ingest.Pdf;
using DocCheck.Pipeline;
using DocCheck.Review.Html;

namespace DocCheck.CheckHost;

/// <summary>
/// The host's main loop: reads <see cref="CheckRequest"/> lines, checks each file with the default engine and answers
/// with a <see cref="CheckReply"/> line. The process is expendable by design — the parent kills it on a time-out and
/// starts another when it dies — so nothing here tries to survive a stack overflow; it only has to never lie.
/// </summary>
public sealed class CheckHostLoop(DocChecker checker, TestFaults faults)
{
    /// <summary>Serves requests until standard input closes. Returns the process exit code.</summary>
    public int Run(TextReader input, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(output);
        while (input.ReadLine() is { } line)
        {
            if (line.Length == 0)
            {
                continue;
            }

            if (CheckHostJson.FromLine<CheckRequest>(line) is not { } request)
            {
                output.WriteLine(CheckHostJson.ToLine(new CheckReply(-1, CheckOutcome.Failed, "检查进程收到无法识别的请求。")));
                output.Flush();
                continue;
            }

            var (reply, mustExit) = Check(request);
            output.WriteLine(CheckHostJson.ToLine(reply));
            output.Flush();
            if (mustExit)
            {
                return 3;
            }
        }

        return 0;
    }

    /// <summary>Checks one file; <c>mustExit</c> when the process state can no longer be trusted.</summary>
    public (CheckReply Reply, bool MustExit) Check(CheckRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        try
        {
            var content = faults.Apply(File.ReadAllBytes(request.FilePath));
            var result = checker.Check(new DocumentSource(request.FileName, content));
            var pages = WriteOutputs(request.OutputDirectory, result, content);
            return (new CheckReply(request.Id, CheckOutcome.Checked, Pages: pages), false);
        }
        catch (UnreadableDocumentException ex)
        {
            return (new CheckReply(request.Id, CheckOutcome.Unreadable, ex.Message), false);
        }
        catch (OutOfMemoryException)
        {
            // Under the heap limit the parent set, an allocation failed: the file needs more memory than a check may
            // use. The heap may be in any state now, so answer and let the parent start a fresh process.
            return (new CheckReply(request.Id, CheckOutcome.Failed, "检查所需内存超出上限，已停止检查该文件。"), true);
        }
        catch (IOException ex)
        {
            return (new CheckReply(request.Id, CheckOutcome.Failed, "检查进程读写文件失败：" + ex.Message), false);
        }
#pragma warning disable CA1031 // The job boundary: any engine bug becomes a reason on this file, never a dead worker.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            return (new CheckReply(request.Id, CheckOutcome.Failed, $"检查引擎内部错误（{ex.GetType().Name}）：{ex.Message}"), false);
        }
    }

    private static int WriteOutputs(string directory, CheckResult result, byte[] content)
    {
        Directory.CreateDirectory(directory);
        using (var note = File.Create(Path.Combine(directory, CheckOutputs.Note)))
        {
            DocChecker.WriteNote(result, "json", note);
        }

        File.WriteAllText(Path.Combine(directory, CheckOutputs.DocumentHtml), DocumentHtmlWriter.Write(result.Document));
        if (result.Document.Format != "pdf")
        {
            return 0;
        }

        // Only the pages a finding points to are drawn: they are the ones the report page shows.
        var evidencePages = result.Run.Findings.SelectMany(f => f.Evidence).Select(e => e.Location.Page).OfType<int>();
        var pages = PdfPageRenderer.RenderPages(content, evidencePages);
        Directory.CreateDirectory(Path.Combine(directory, CheckOutputs.PagesFolder));
        foreach (var (number, svg) in pages)
        {
            File.WriteAllText(CheckOutputs.PagePath(directory, number), svg);
        }

        return result.Document.PageCount ?? pages.Keys.DefaultIfEmpty().Max();
    }
}
