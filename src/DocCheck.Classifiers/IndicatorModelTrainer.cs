using DocCheck.Language;
using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers;
using Microsoft.ML.Transforms;
using Microsoft.ML.Transforms.Text;

namespace DocCheck.Classifiers;

/// <summary>
/// Trains and evaluates the indicator classifiers: jieba words (1–2-grams) and character 1–2-grams of the name and
/// target, into SDCA maximum entropy (managed code only, no native libraries). Seeded and single-threaded, so the
/// same rows and seed give the same model.
/// </summary>
public sealed class IndicatorModelTrainer(JiebaSegmenter segmenter, int seed = IndicatorModelTrainer.DefaultSeed)
{
    /// <summary>The seed the committed models were trained with.</summary>
    public const int DefaultSeed = 6;

    private readonly MLContext _ml = new(seed);

    /// <summary>The context (for saving and loading).</summary>
    public MLContext Context => _ml;

    /// <summary>Trains the model of <paramref name="task"/> on the rows that carry its label.</summary>
    public ITransformer Train(ClassifierTask task, IEnumerable<IndicatorRow> rows)
    {
        var data = _ml.Data.LoadFromEnumerable(Inputs(task, rows));
        return Pipeline(task).Fit(data);
    }

    /// <summary>Evaluates <paramref name="model"/> on the rows that carry the task's label.</summary>
    public ClassifierMetrics Evaluate(ClassifierTask task, ITransformer model, IEnumerable<IndicatorRow> rows)
    {
        ArgumentNullException.ThrowIfNull(model);
        var inputs = Inputs(task, rows);
        var predicted = Predict(model, inputs);
        var classes = task == ClassifierTask.Group
            ? (IReadOnlyList<string>)Extract.Indicators.IndicatorGroupLabels.All
            : [IndicatorDataSet.Quantified, IndicatorDataSet.Vague];
        return ClassifierMetrics.From(classes, inputs.Zip(predicted, (i, p) => (i.Label, p.PredictedLabel)));
    }

    /// <summary>Scores inputs in one batch.</summary>
    public IReadOnlyList<ModelOutput> Predict(ITransformer model, IReadOnlyList<ModelInput> inputs)
    {
        ArgumentNullException.ThrowIfNull(model);
        var scored = model.Transform(_ml.Data.LoadFromEnumerable(inputs));
        return _ml.Data.CreateEnumerable<ModelOutput>(scored, reuseRowObject: false).ToList();
    }

    /// <summary>The featurised input of a row (its label empty when predicting).</summary>
    public ModelInput Input(string name, string target, string label = "")
    {
        var normalizedName = FeatureText.Normalize(name);
        var normalizedTarget = FeatureText.Normalize(target);
        return new ModelInput
        {
            NameText = normalizedName,
            NameWords = FeatureText.Words(segmenter, normalizedName),
            TargetText = normalizedTarget,
            TargetWords = FeatureText.Words(segmenter, normalizedTarget),
            Label = label,
        };
    }

    private List<ModelInput> Inputs(ClassifierTask task, IEnumerable<IndicatorRow> rows) =>
        [.. rows.Where(r => task.LabelOf(r).Length > 0 && (task == ClassifierTask.Group || r.Target.Length > 0))
            .Select(r => Input(task == ClassifierTask.Group ? r.Name : string.Empty, r.Target, task.LabelOf(r)))];

    private EstimatorChain<KeyToValueMappingTransformer> Pipeline(ClassifierTask task)
    {
        var text = _ml.Transforms.Text;
        IEstimator<ITransformer> pipeline = _ml.Transforms.Conversion.MapValueToKey("Label", keyOrdinality: ValueToKeyMappingEstimator.KeyOrdinality.ByValue);
        var columns = task == ClassifierTask.Group ? new[] { "Name", "Target" } : ["Target"];
        foreach (var column in columns)
        {
            pipeline = pipeline
                .Append(text.FeaturizeText(column + "WordFeatures", Words(), column + "Words"))
                .Append(text.FeaturizeText(column + "CharFeatures", Chars(), column + "Text"));
        }

        var features = columns.SelectMany(c => new[] { c + "WordFeatures", c + "CharFeatures" }).ToArray();
        return pipeline
            .Append(_ml.Transforms.Concatenate("Features", features))
            .Append(_ml.MulticlassClassification.Trainers.SdcaMaximumEntropy(new SdcaMaximumEntropyMulticlassTrainer.Options
            {
                // One thread: SDCA's updates are then in a fixed order and the model is reproducible.
                NumberOfThreads = 1,
                MaximumNumberOfIterations = 100,

                // Weak regularisation: the rules act on probabilities, and the default (chosen from the data size)
                // leaves them too soft to tell a confident call from a guess.
                L2Regularization = 1e-4f,
            }))
            .Append(_ml.Transforms.Conversion.MapKeyToValue("PredictedLabel"));
    }

    private static TextFeaturizingEstimator.Options Words() => new()
    {
        CaseMode = TextNormalizingEstimator.CaseMode.None,
        KeepDiacritics = true,
        KeepPunctuations = true,
        KeepNumbers = true,
        WordFeatureExtractor = new WordBagEstimator.Options { NgramLength = 2, UseAllLengths = true },
        CharFeatureExtractor = null,
        Norm = TextFeaturizingEstimator.NormFunction.L2,
    };

    private static TextFeaturizingEstimator.Options Chars() => new()
    {
        CaseMode = TextNormalizingEstimator.CaseMode.None,
        KeepDiacritics = true,
        KeepPunctuations = true,
        KeepNumbers = true,
        WordFeatureExtractor = null,
        CharFeatureExtractor = new WordBagEstimator.Options { NgramLength = 2, UseAllLengths = true },
        Norm = TextFeaturizingEstimator.NormFunction.L2,
    };
}
