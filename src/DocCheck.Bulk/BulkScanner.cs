using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Diagnostics;
using System.Globalization;
using System.Threading.Channels;
using DocCheck.Core.Errors;
using DocCheck.Core.Findings;
using DocCheck.Ingest;
using DocCheck.Pipeline;
using DocCheck.Review.Json;
using DocCheck.Review.Summary;
using DocCheck.Rules;

namespace DocCheck.Bulk;

/// <summary>
/// Checks every report of a folder or zip: one reader thread loads files in order into a small bounded queue,
/// <see cref="BulkScanOptions.Jobs"/> worker threads check them (parallel across files, never within one: a PDF
/// document is not thread-safe). Each content is checked once (SHA-256), its outcome stored in the
/// <see cref="ScanState"/> as soon as it is known, and reused by later runs of the same engine version and settings.
/// </summary>
/// <remarks>
/// One bad file never stops the run: an unreadable file gets its reader's one-line reason, an internal exception
/// while checking one file is caught for that file alone (<see cref="ScanStatus.Failed"/>, not stored, so the next
/// run tries it again). Only a failing state file or cancellation ends the run early; what was stored stays.
/// What no <c>catch</c> stops (a stack overflow, the OOM killer) ends the process; the state file then names the checks
/// that were in flight. The next run treats those files as suspects and checks each one alone (no other check in
/// flight), so a death during it can only be that file's doing: only such a file is blamed (see
/// <see cref="BulkScanOptions.RetriesAfterInterruption"/>); the bystanders get their real results.
/// </remarks>
public sealed class BulkScanner(DocChecker checker, BulkScanOptions? options = null)
{
    private static readonly IReadOnlyDictionary<string, RuleDescriptor> Rules =
        BuiltInRules.All.ToDictionary(r => r.Descriptor.Id, r => r.Descriptor, StringComparer.Ordinal);

    private readonly DocChecker _checker = checker;
    private readonly BulkScanOptions _options = Validated(options ?? BulkScanOptions.Default);

    /// <summary>Scans an input; <paramref name="state"/> null keeps nothing between runs.</summary>
    /// <exception cref="OperationCanceledException">Cancelled; outcomes stored so far stay in the state file.</exception>
    public BulkScanResult Scan(ScanInput input, ScanState? state, Action<ScanProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        using var run = new Run(this, input, state, progress, cancellationToken);
        return run.Execute();
    }

    private static BulkScanOptions Validated(BulkScanOptions options) => options.RetriesAfterInterruption >= 1
        ? options
        : throw new ArgumentException("RetriesAfterInterruption must be at least 1: a file is blamed only after a check of it died while it ran alone.", nameof(options));

    private sealed class Run(BulkScanner scanner, ScanInput input, ScanState? state, Action<ScanProgress>? progress, CancellationToken cancellationToken) : IDisposable
    {
        private readonly ConcurrentDictionary<string, TaskCompletionSource<Outcome>> _byContent = new(StringComparer.Ordinal);
        private readonly ConcurrentBag<ScannedReport> _results = [];
        private readonly Stopwatch _clock = Stopwatch.StartNew();
        private readonly Lock _progressLock = new();
        private readonly BulkScanOptions _options = scanner._options;
        private readonly CheckGate _gate = new();
        private readonly DateTimeOffset _processStarted = DateTimeOffset.UtcNow;
        private Dictionary<string, UnfinishedCheck> _suspects = [];
        private int _done;
        private int _checkedNow;
        private int _reused;
        private int _notChecked;

        /// <summary>When the run began: in an earlier process, when this one continues its run.</summary>
        private DateTimeOffset RunStarted => _options.RunStarted is { } started && started < _processStarted ? started : _processStarted;

        private TimeSpan Elapsed => _processStarted - RunStarted + _clock.Elapsed;

        public void Dispose() => _gate.Dispose();

        public BulkScanResult Execute()
        {
            if (state is not null)
            {
                // A fresh run blames a file only for a death it saw itself (in an earlier child of the same run).
                if (_options.Fresh)
                {
                    state.ForgiveBefore(EngineInfo.Version, _options.SettingsKey, RunStarted);
                }

                // Read once, before any check of this run marks anything: these are the checks that never ended.
                _suspects = state.Unfinished(EngineInfo.Version, _options.SettingsKey).ToDictionary(c => c.Sha256, StringComparer.Ordinal);
            }

            using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            var jobs = Math.Clamp(_options.Jobs, 1, Math.Max(1, input.Entries.Count));
            var queue = Channel.CreateBounded<LoadedEntry>(new BoundedChannelOptions(jobs * 2) { SingleWriter = true });
            Exception? failure = null;
            void Fail(Exception ex)
            {
                Interlocked.CompareExchange(ref failure, ex, null);
                stop.Cancel();
            }

            var reader = new Thread(() =>
            {
                try
                {
                    foreach (var entry in input.ReadAll(stop.Token))
                    {
                        queue.Writer.WriteAsync(entry, stop.Token).AsTask().GetAwaiter().GetResult();
                    }
                }
                catch (OperationCanceledException)
                {
                }
#pragma warning disable CA1031 // The reader thread's boundary: its failure ends the run and is rethrown on the caller's thread.
                catch (Exception ex)
#pragma warning restore CA1031
                {
                    Fail(ex);
                }
                finally
                {
                    queue.Writer.TryComplete();
                }
            })
            { IsBackground = true, Name = "doccheck-scan-reader" };

            var workers = Enumerable.Range(0, jobs).Select(i => new Thread(() =>
            {
                try
                {
                    while (queue.Reader.WaitToReadAsync(stop.Token).AsTask().GetAwaiter().GetResult())
                    {
                        while (queue.Reader.TryRead(out var entry))
                        {
                            stop.Token.ThrowIfCancellationRequested();
                            Process(entry, stop.Token);
                        }
                    }
                }
                catch (OperationCanceledException)
                {
                }
#pragma warning disable CA1031 // A worker's boundary: per-file errors are handled in Process; what reaches here (the state file failing) ends the run.
                catch (Exception ex)
#pragma warning restore CA1031
                {
                    Fail(ex);
                }
            }, _options.WorkerStackBytes)
            { IsBackground = true, Name = "doccheck-scan-" + i }).ToList();

            reader.Start();
            workers.ForEach(w => w.Start());
            workers.ForEach(w => w.Join());
            stop.Cancel();
            reader.Join();
            if (failure is not null)
            {
                throw new InvalidOperationException("批量审核中止：" + failure.Message, failure);
            }

            cancellationToken.ThrowIfCancellationRequested();
            var summary = new ScanSummary
            {
                Source = input.Name,
                EngineVersion = EngineInfo.Version,
                Created = DateTimeOffset.Now,
                Rules = Rules,
                Reports = [.. _results.Concat(input.Rejected).OrderBy(r => r.Path, StringComparer.Ordinal)],
            };
            return new BulkScanResult(summary, _checkedNow, _reused, input.Ignored, Elapsed);
        }

        private void Process(LoadedEntry loaded, CancellationToken token)
        {
            var path = loaded.Entry.Path;
            Report(path);
            ScannedReport result;
            var reused = false;
            if (loaded.Content is not { } content)
            {
                result = ScannedReport.NotChecked(path, ScanStatus.Unreadable, loaded.Failure ?? "无法读取该文件。");
            }
            else
            {
                var source = new DocumentSource(path, content);
                var outcome = Outcome(path, source, token, out reused);
                result = outcome.Report is { } report
                    ? ScannedReport.Checked(path, report, reused)
                    : ScannedReport.NotChecked(path, outcome.Status, outcome.Reason ?? string.Empty, reused);
            }

            _results.Add(result);
            lock (_progressLock)
            {
                _done++;
                if (reused)
                {
                    _reused++;
                }
                else if (result.Status == ScanStatus.Checked)
                {
                    _checkedNow++;
                }

                if (result.Status != ScanStatus.Checked && !reused)
                {
                    _notChecked++;
                }
            }

            Report(null);
        }

        private Outcome Outcome(string path, DocumentSource source, CancellationToken token, out bool reused)
        {
            if (_options.CheckEveryCopy)
            {
                var fresh = Check(path, source, token);
                reused = fresh.FromState;
                return fresh;
            }

            // The first file of a content checks it; identical files wait for that outcome (no closure holds the bytes).
            var mine = new TaskCompletionSource<Outcome>(TaskCreationOptions.RunContinuationsAsynchronously);
            var shared = _byContent.GetOrAdd(source.Sha256, mine);
            Outcome outcome;
            if (ReferenceEquals(shared, mine))
            {
                try
                {
                    outcome = Check(path, source, token);
                    mine.SetResult(outcome);
                }
                catch (Exception ex)
                {
                    mine.SetException(ex);
                    throw;
                }
            }
            else
            {
                outcome = shared.Task.GetAwaiter().GetResult();
            }

            reused = !ReferenceEquals(shared, mine) || outcome.FromState;
            return outcome;
        }

        private Outcome Check(string path, DocumentSource source, CancellationToken token)
        {
            var key = source.Sha256;
            if (state is not null && state.Find(key, EngineInfo.Version, _options.SettingsKey) is { } stored && Reusable(stored))
            {
                // A result an earlier process of this same run stored was checked in this run, not reused.
                var reused = !(stored.CheckedAt >= RunStarted);
                if (stored.Unreadable)
                {
                    return new Outcome(ScanStatus.Unreadable, stored.Reason, null, FromState: reused);
                }

                try
                {
                    var note = JsonNoteReader.Read(stored.NoteJson ?? [], Rules);
                    return new Outcome(ScanStatus.Checked, null, ReportDigest.From(note), FromState: reused);
                }
                catch (InvalidDataException)
                {
                    // A damaged row: check the file again, and the new result replaces it.
                }
            }

            var suspect = _suspects.TryGetValue(key, out var unfinished);
            if (suspect && unfinished!.AloneChecks >= _options.RetriesAfterInterruption)
            {
                // Its mark stays (not struck off), so later runs skip it too until Fresh.
                return new Outcome(ScanStatus.Failed, Blame(unfinished.AloneChecks), null, FromState: false);
            }

            // The gate is taken before the mark is written: while a suspect runs alone, its mark is the only one made,
            // so if the process dies now the state file blames that file and no other.
            using var gate = suspect ? _gate.Alone(token) : _gate.Shared(token);

            // Written down before the check and struck off after it: only a process that died during it leaves the mark.
            state?.BeginCheck(key, EngineInfo.Version, _options.SettingsKey, path, alone: suspect);
            var saved = false;
            try
            {
                var result = scanner._checker.Check(source, token);
                var note = NoteBuilder.Build(result);
                using var json = new MemoryStream();
                JsonNoteWriter.Instance.Write(note, json);
                state?.Save(key, EngineInfo.Version, _options.SettingsKey, new StoredOutcome(false, null, json.ToArray()));
                saved = true;
                return new Outcome(ScanStatus.Checked, null, ReportDigest.From(note), FromState: false);
            }
            catch (UnreadableDocumentException ex)
            {
                state?.Save(key, EngineInfo.Version, _options.SettingsKey, new StoredOutcome(true, ex.Message, null));
                saved = true;
                return new Outcome(ScanStatus.Unreadable, ex.Message, null, FromState: false);
            }
            catch (OperationCanceledException) when (token.IsCancellationRequested)
            {
                throw;
            }
            catch (Exception ex) when (ex is not Microsoft.Data.Sqlite.SqliteException)
            {
                // A bug met in this file alone: say so for the file and go on with the others (Serilog's safe aggregate).
                return new Outcome(ScanStatus.Failed, $"内部错误（请报告此问题）：{ex.GetType().Name}: {ex.Message.ReplaceLineEndings(" ")}", null, FromState: false);
            }
            finally
            {
                // The process survived this check (an internal error, a cancellation): it did not interrupt the run.
                if (!saved && state is not null)
                {
                    state.EndCheck(key, EngineInfo.Version, _options.SettingsKey);
                }
            }
        }

        /// <summary>
        /// Whether a stored result stands: always, unless the run is fresh; then only one stored by an earlier process
        /// of this run (a child that died after storing it), never one of this process (CheckEveryCopy checks each copy).
        /// </summary>
        private bool Reusable(StoredOutcome stored) =>
            !_options.Fresh || (stored.CheckedAt is { } at && at >= RunStarted && at < _processStarted);

        private static string Blame(int deaths) => deaths == 1
            ? "单独检查此文件时审核进程意外退出（可能触发了程序缺陷或耗尽内存），已跳过；排查后用 --fresh 重新检查。"
            : string.Create(CultureInfo.InvariantCulture, $"单独检查此文件时审核进程 {deaths} 次意外退出（可能触发了程序缺陷或耗尽内存），已跳过；排查后用 --fresh 重新检查。");

        private void Report(string? current)
        {
            if (progress is null)
            {
                return;
            }

            ScanProgress snapshot;
            lock (_progressLock)
            {
                snapshot = new ScanProgress(_done, input.Entries.Count, _checkedNow, _reused, _notChecked, Elapsed, current);
            }

            progress(snapshot);
        }
    }

    private sealed record Outcome(ScanStatus Status, string? Reason, ReportDigest? Report, bool FromState);
}
