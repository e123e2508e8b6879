using DocCheck.Classifiers;
using DocCheck.Extract.Indicators;
using DocCheck.Ingest;
using DocCheck.Ingest.Docx;
using DocCheck.Ingest.Pdf;
using DocCheck.Rules;

namespace DocCheck.Pipeline;

/// <summary>Collects readers, rules and settings; <see cref="Build"/> freezes them into a <see cref="CheckPipeline"/>.</summary>
public sealed class CheckPipelineBuilder
{
    /// <summary>The readers, tried in order.</summary>
    public List<IDocumentReader> Readers { get; } = [];

    /// <summary>The rules, run in order.</summary>
    public List<IRule> Rules { get; } = [];

    /// <summary>The settings.</summary>
    public CheckSettings Settings { get; set; } = CheckSettings.Default;

    /// <summary>Adds the Word reader.</summary>
    public CheckPipelineBuilder UseDocxReader(DocxReaderOptions? options = null)
    {
        Readers.Add(options is null ? DocxReader.Instance : new DocxReader(options));
        return this;
    }

    /// <summary>Adds the PDF reader.</summary>
    public CheckPipelineBuilder UsePdfReader(PdfReaderOptions? options = null)
    {
        Readers.Add(options is null ? PdfReader.Instance : new PdfReader(options));
        return this;
    }

    /// <summary>Adds every built-in rule.</summary>
    public CheckPipelineBuilder UseBuiltInRules()
    {
        Rules.AddRange(BuiltInRules.All);
        return this;
    }

    /// <summary>The indicator classifiers, or null.</summary>
    public IIndicatorClassifier? Classifier { get; set; }

    /// <summary>Why there is no classifier, when there is none.</summary>
    public string? ClassifierProblem { get; set; }

    /// <summary>Uses this indicator classifier (null: none, for the reason given).</summary>
    public CheckPipelineBuilder UseIndicatorClassifier(IIndicatorClassifier? classifier, string? problem = null)
    {
        Classifier = classifier;
        ClassifierProblem = classifier is null ? problem ?? "未配置指标分类模型" : null;
        return this;
    }

    /// <summary>
    /// Uses the committed models (models/ beside the application or the repository, or <c>DOCCHECK_MODELS</c>;
    /// <paramref name="modelsDirectory"/> overrides both), loaded once per process; without them, none, with the reason.
    /// </summary>
    public CheckPipelineBuilder UseIndicatorModels(string? modelsDirectory = null)
    {
        if (modelsDirectory is null)
        {
            return IndicatorModels.TryGetShared(out var shared, out var problem) ? UseIndicatorClassifier(shared) : UseIndicatorClassifier(null, problem);
        }

        return IndicatorModels.TryLoad(modelsDirectory, out var classifier, out var reason) ? UseIndicatorClassifier(classifier) : UseIndicatorClassifier(null, reason);
    }

    /// <summary>Uses these settings.</summary>
    public CheckPipelineBuilder UseSettings(CheckSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        Settings = settings;
        return this;
    }

    /// <summary>The readers and rules of a standard installation.</summary>
    public CheckPipelineBuilder UseDefaults() => UseDocxReader().UsePdfReader().UseBuiltInRules().UseIndicatorModels();

    /// <summary>Freezes the pipeline.</summary>
    public CheckPipeline Build() => new([.. Readers], [.. Rules], Settings, Classifier, ClassifierProblem);
}
