using System.Collections.Immutable;
using DocCheck.Core.Errors;
using DocCheck.Extract;
using DocCheck.Extract.Indicators;
using DocCheck.Ingest;
using DocCheck.Rules;

namespace DocCheck.Pipeline;

/// <summary>
/// A frozen check pipeline: readers, rules and settings fixed at build time. Immutable and thread-safe; build it
/// once and reuse it for every report.
/// </summary>
public sealed class CheckPipeline
{
    internal CheckPipeline(ImmutableArray<IDocumentReader> readers, ImmutableArray<IRule> rules, CheckSettings settings,
        IIndicatorClassifier? classifier = null, string? classifierProblem = null)
    {
        Readers = readers;
        Rules = rules;
        Settings = settings;
        Classifier = classifier;
        ClassifierProblem = classifierProblem;
    }

    /// <summary>The indicator classifiers, or null (rules then use their word lists and say so).</summary>
    public IIndicatorClassifier? Classifier { get; }

    /// <summary>Why there is no classifier (Chinese, for 未能核查), when there is none.</summary>
    public string? ClassifierProblem { get; }

    /// <summary>The readers, tried in order.</summary>
    public ImmutableArray<IDocumentReader> Readers { get; }

    /// <summary>The rules, run in order.</summary>
    public ImmutableArray<IRule> Rules { get; }

    /// <summary>The settings.</summary>
    public CheckSettings Settings { get; }

    /// <summary>
    /// Reads, extracts and checks one report. Throws <see cref="UnreadableDocumentException"/> (with a one-line
    /// Chinese reason) when the file cannot be read at all; nothing else escapes for bad input.
    /// </summary>
    public CheckResult Check(DocumentSource source, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(source);
        var format = FormatSniffer.Sniff(source.Content);
        var reader = Readers.FirstOrDefault(r => r.CanRead(format)) ?? throw UnsupportedFormats.Reject(format);
        Core.Documents.ReportDocument document;
        try
        {
            document = reader.Read(source, cancellationToken);
        }
        catch (Exception ex) when (ex is not (UnreadableDocumentException or OperationCanceledException or OutOfMemoryException
            or FileNotFoundException or FileLoadException or TypeLoadException or MissingMemberException))
        {
            // A reader met something its library could not parse: the file's fault, not ours; say so in one line.
            throw new UnreadableDocumentException(UnreadableReason.Corrupt, "文件内容无法解析，可能已损坏。", ex);
        }

        if (!document.Blocks.Any(b => b is Core.Documents.ParagraphBlock or Core.Documents.TableBlock))
        {
            throw new UnreadableDocumentException(UnreadableReason.Empty, "文档中没有任何文字内容。");
        }

        cancellationToken.ThrowIfCancellationRequested();
        using (Extract.Numbers.NumberParser.CacheScope())
        {
            var facts = ReportFactsExtractor.Extract(document);
            var classifications = Classifier is null
                ? IndicatorClassifications.Unavailable(ClassifierProblem ?? "未配置指标分类模型")
                : IndicatorClassifications.Compute(facts, Classifier);
            facts = classifications.FillMissingLevel2(facts);
            var run = RuleRunner.Run(facts, Rules, Settings, classifications);
            return new CheckResult(document, facts, run);
        }
    }
}
