using DocCheck.Extract.Indicators;
using DocCheck.Language;
using Microsoft.ML;
using Microsoft.ML.Data;

namespace DocCheck.Classifiers;

/// <summary>
/// The ML.NET indicator classifiers behind <see cref="IIndicatorClassifier"/>. A document's rows are scored in one
/// batch through <see cref="ITransformer.Transform"/> (no PredictionEngine, which is not thread-safe); calls are
/// serialised by a lock because MLContext is not documented as thread-safe, and a batch takes about a millisecond.
/// </summary>
public sealed class MlIndicatorClassifier : IIndicatorClassifier
{
    private readonly IndicatorModelTrainer _featurizer;
    private readonly ITransformer _group;
    private readonly ITransformer _target;
    private readonly Lock _gate = new();

    /// <summary>Wraps two trained models; <paramref name="segmenter"/> must be the one they were trained with.</summary>
    public MlIndicatorClassifier(JiebaSegmenter segmenter, ITransformer group, ITransformer target)
    {
        ArgumentNullException.ThrowIfNull(segmenter);
        _featurizer = new IndicatorModelTrainer(segmenter);
        _group = group ?? throw new ArgumentNullException(nameof(group));
        _target = target ?? throw new ArgumentNullException(nameof(target));
    }

    /// <summary>Loads <c>indicator-group.zip</c> and <c>target-quantified.zip</c> from <paramref name="directory"/>.</summary>
    public static MlIndicatorClassifier Load(JiebaSegmenter segmenter, string directory)
    {
        var context = new MLContext(IndicatorModelTrainer.DefaultSeed);
        ITransformer Read(ClassifierTask task) => context.Model.Load(Path.Combine(directory, task.FileStem() + ".zip"), out _);
        return new MlIndicatorClassifier(segmenter, Read(ClassifierTask.Group), Read(ClassifierTask.Target));
    }

    /// <inheritdoc/>
    public IReadOnlyList<IndicatorClassification> Classify(IReadOnlyList<IndicatorSample> samples)
    {
        ArgumentNullException.ThrowIfNull(samples);
        if (samples.Count == 0)
        {
            return [];
        }

        var inputs = samples.Select(s => _featurizer.Input(s.Name, s.Target)).ToList();
        IReadOnlyList<ModelOutput> groups, targets;
        lock (_gate)
        {
            groups = _featurizer.Predict(_group, inputs);
            targets = _featurizer.Predict(_target, inputs);
        }

        var result = new IndicatorClassification[samples.Count];
        for (var i = 0; i < samples.Count; i++)
        {
            var hasTarget = samples[i].Target.Trim().Length > 0;
            result[i] = new IndicatorClassification(
                groups[i].PredictedLabel, Max(groups[i].Score),
                hasTarget ? targets[i].PredictedLabel == IndicatorDataSet.Vague : null, hasTarget ? Max(targets[i].Score) : 0f);
        }

        return result;
    }

    private static float Max(VBuffer<float> scores) => scores.DenseValues().DefaultIfEmpty(0f).Max();
}
