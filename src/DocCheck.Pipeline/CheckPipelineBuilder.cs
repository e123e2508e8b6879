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

    /// <summary>Uses these settings.</summary>
    public CheckPipelineBuilder UseSettings(CheckSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        Settings = settings;
        return this;
    }

    /// <summary>The readers and rules of a standard installation.</summary>
    public CheckPipelineBuilder UseDefaults() => UseDocxReader().UsePdfReader().UseBuiltInRules();

    /// <summary>Freezes the pipeline.</summary>
    public CheckPipeline Build() => new([.. Readers], [.. Rules], Settings);
}
