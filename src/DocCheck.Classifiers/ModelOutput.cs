using Microsoft.ML.Data;

namespace DocCheck.Classifiers;

/// <summary>A scored row: the predicted label and the probability of every class.</summary>
public sealed class ModelOutput
{
    /// <summary>The predicted class.</summary>
    public string PredictedLabel { get; set; } = string.Empty;

    /// <summary>Class probabilities, in the order of the model's label slots.</summary>
    public VBuffer<float> Score { get; set; }
}
