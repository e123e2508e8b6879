namespace DocCheck.Classifiers;

/// <summary>A row as the ML.NET pipelines read it (the text already normalised and cut).</summary>
public sealed class ModelInput
{
    /// <summary>The name's jieba words, space-separated.</summary>
    public string NameWords { get; set; } = string.Empty;

    /// <summary>The normalised name (for character n-grams).</summary>
    public string NameText { get; set; } = string.Empty;

    /// <summary>The target's jieba words, space-separated.</summary>
    public string TargetWords { get; set; } = string.Empty;

    /// <summary>The normalised target (for character n-grams).</summary>
    public string TargetText { get; set; } = string.Empty;

    /// <summary>The label (empty when predicting).</summary>
    public string Label { get; set; } = string.Empty;
}
