using DocCheck.Extract.Indicators;
using DocCheck.Language;
using Microsoft.ML;
using Microsoft.ML.Data;

namespace DocCheck.Classifiers;

/// <summary>
/// The ML.NET indicator classifiers behind <see cref="IIndicatorClassifier"/>. Each model gets one
/// <see cref="PredictionEngine{TSrc, TDst}"/>, built once: a batch through <c>Transform</c> + <c>CreateEnumerable</c>
/// builds cursors and row mappers anew on every call (about 7 ms a model, twice a document's whole Word check).
/// A PredictionEngine is not thread-safe, so calls are serialised by a lock; a document's rows take well under a
/// millisecond, so the check workers hardly wait on it.
/// </summary>
public sealed class MlIndicatorClassifier : IIndicatorClassifier
{
    private readonly IndicatorModelTrainer _featurizer;
    private readonly PredictionEngine<ModelInput, ModelOutput> _group;
    private readonly PredictionEngine<ModelInput, ModelOutput> _target;
    private readonly Lock _gate = new();

    /// <summary>Wraps two trained models; <paramref name="segmenter"/> must be the one they were trained with.</summary>
    public MlIndicatorClassifier(JiebaSegmenter segmenter, ITransformer group, ITransformer target)
    {
        ArgumentNullException.ThrowIfNull(segmenter);
        _featurizer = new IndicatorModelTrainer(segmenter);
        ArgumentNullException.ThrowIfNull(group);
        ArgumentNullException.ThrowIfNull(target);
        _group = _featurizer.Context.Model.CreatePredictionEngine<ModelInput, ModelOutput>(group);
        _target = _featurizer.Context.Model.CreatePredictionEngine<ModelInput, ModelOutput>(target);
        _groupNames = SlotNames(_group);
    }

    /// <summary>The labels of the group model's score vector, in its order (empty when the model does not name them).</summary>
    private readonly string[] _groupNames;

    private static string[] SlotNames(PredictionEngine<ModelInput, ModelOutput> engine)
    {
        var score = engine.OutputSchema.GetColumnOrNull("Score");
        if (score is not { } column || column.Annotations.Schema.GetColumnOrNull("SlotNames") is null)
        {
            return [];
        }

        VBuffer<ReadOnlyMemory<char>> names = default;
        column.GetSlotNames(ref names);
        return names.DenseValues().Select(n => n.ToString()).ToArray();
    }

    private Dictionary<string, float>? ScoresOf(VBuffer<float> scores)
    {
        var values = scores.DenseValues().ToArray();
        return _groupNames.Length == values.Length
            ? _groupNames.Zip(values).ToDictionary(p => p.First, p => p.Second, StringComparer.Ordinal)
            : null;
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
        var groups = new ModelOutput[inputs.Count];
        var targets = new ModelOutput[inputs.Count];
        lock (_gate)
        {
            for (var i = 0; i < inputs.Count; i++)
            {
                groups[i] = _group.Predict(inputs[i]);
                targets[i] = _target.Predict(inputs[i]);
            }
        }

        var result = new IndicatorClassification[samples.Count];
        for (var i = 0; i < samples.Count; i++)
        {
            var hasTarget = samples[i].Target.Trim().Length > 0;
            result[i] = new IndicatorClassification(
                groups[i].PredictedLabel, Max(groups[i].Score),
                hasTarget ? targets[i].PredictedLabel == IndicatorDataSet.Vague : null, hasTarget ? Max(targets[i].Score) : 0f,
                ScoresOf(groups[i].Score));
        }

        return result;
    }

    private static float Max(VBuffer<float> scores) => scores.DenseValues().DefaultIfEmpty(0f).Max();
}
