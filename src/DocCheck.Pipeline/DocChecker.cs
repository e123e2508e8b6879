using DocCheck.Ingest;
using DocCheck.Review;
using DocCheck.Review.Docx;
using DocCheck.Review.Json;
using DocCheck.Review.Markdown;
using DocCheck.Rules;

namespace DocCheck.Pipeline;

/// <summary>The engine behind every host: check a file, write its review note.</summary>
public sealed class DocChecker(CheckPipeline pipeline)
{
    /// <summary>The note writers by format name.</summary>
    public static IReadOnlyDictionary<string, INoteWriter> Writers { get; } = new Dictionary<string, INoteWriter>(StringComparer.OrdinalIgnoreCase)
    {
        ["md"] = MarkdownNoteWriter.Instance,
        ["json"] = JsonNoteWriter.Instance,
        ["docx"] = DocxNoteWriter.Instance,
    };

    /// <summary>A checker with the default readers, rules and settings.</summary>
    public static DocChecker Default { get; } = Create(CheckSettings.Default);

    /// <summary>The pipeline used.</summary>
    public CheckPipeline Pipeline { get; } = pipeline;

    /// <summary>A checker with the default readers and rules and the given settings.</summary>
    public static DocChecker Create(CheckSettings settings) => new(new CheckPipelineBuilder().UseDefaults().UseSettings(settings).Build());

    /// <summary>Checks one file.</summary>
    public CheckResult Check(DocumentSource source, CancellationToken cancellationToken = default) => Pipeline.Check(source, cancellationToken);

    /// <summary>Writes the review note of a result in a format (md, json, docx).</summary>
    public static void WriteNote(CheckResult result, string format, Stream output)
    {
        if (!Writers.TryGetValue(format, out var writer))
        {
            throw new ArgumentException($"Unknown note format '{format}'.", nameof(format));
        }

        writer.Write(NoteBuilder.Build(result), output);
    }
}
