namespace DocCheck.Extract.Indicators;

/// <summary>
/// Classifies indicator rows: the level-2 group an indicator belongs to (<see cref="IndicatorGroupLabels"/>) and
/// whether its target is measurable. Implementations score a whole document's rows in one call and are thread-safe.
/// </summary>
public interface IIndicatorClassifier
{
    /// <summary>Classifies <paramref name="samples"/>; the result has one entry per sample, in order.</summary>
    IReadOnlyList<IndicatorClassification> Classify(IReadOnlyList<IndicatorSample> samples);
}

/// <summary>What the classifiers read of an indicator row.</summary>
/// <param name="Name">The indicator's name (三级指标).</param>
/// <param name="Target">Its target (年度指标值) as text, empty when none.</param>
public sealed record IndicatorSample(string Name, string Target);

/// <summary>The classifiers' verdict on one indicator row.</summary>
/// <param name="Group">One of <see cref="IndicatorGroupLabels.All"/>.</param>
/// <param name="GroupConfidence">The probability the model gives <paramref name="Group"/> (0–1).</param>
/// <param name="TargetVague">Whether the target is vague (null when the row has no target).</param>
/// <param name="TargetConfidence">The probability of the target verdict (0–1).</param>
/// <param name="GroupScores">The probability of every group, when the model gives them.</param>
public sealed record IndicatorClassification(string Group, float GroupConfidence, bool? TargetVague, float TargetConfidence,
    IReadOnlyDictionary<string, float>? GroupScores = null)
{
    /// <summary>The probability the model gives <paramref name="group"/>, or null when it gives only its verdict.</summary>
    public float? ScoreOf(string group) => GroupScores is { } scores ? scores.GetValueOrDefault(group) : null;
}
