namespace DocCheck.Classifiers;

/// <summary>What one training run of one task produced and measured.</summary>
public sealed record TrainingOutcome
{
    /// <summary>The task.</summary>
    public required ClassifierTask Task { get; init; }

    /// <summary>The seed.</summary>
    public required int Seed { get; init; }

    /// <summary>The data file, as given.</summary>
    public required string DataFile { get; init; }

    /// <summary>Rows trained on (feedback included).</summary>
    public required int TrainRows { get; init; }

    /// <summary>Of those, rows from reviewers' feedback.</summary>
    public required int FeedbackRows { get; init; }

    /// <summary>Rows evaluated on.</summary>
    public required int HeldOutRows { get; init; }

    /// <summary>The kinds of project held out.</summary>
    public required IReadOnlyList<string> HeldOutKinds { get; init; }

    /// <summary>Featurising and fitting time.</summary>
    public required TimeSpan TrainingTime { get; init; }

    /// <summary>Metrics on the held-out rows.</summary>
    public required ClassifierMetrics HeldOut { get; init; }

    /// <summary>Metrics on the training rows.</summary>
    public required ClassifierMetrics Training { get; init; }
}
