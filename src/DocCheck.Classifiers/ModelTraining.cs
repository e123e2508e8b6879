using System.Diagnostics;
using DocCheck.Language;
using Microsoft.ML;

namespace DocCheck.Classifiers;

/// <summary>Trains both classifiers from the labelled rows, evaluates them on the held-out split, saves models and cards.</summary>
public static class ModelTraining
{
    /// <summary>The committed data file, relative to the repository root.</summary>
    public const string DefaultDataFile = "corpus/indicators/indicators.tsv";

    /// <summary>
    /// Trains <paramref name="task"/> on the train split plus <paramref name="feedback"/>, evaluates on the held-out
    /// split; saves the model to <paramref name="modelsDirectory"/> when it is given.
    /// </summary>
    public static (TrainingOutcome Outcome, ITransformer Model) Train(
        JiebaSegmenter segmenter, ClassifierTask task, string dataFile, IReadOnlyList<IndicatorRow> rows,
        IReadOnlyList<IndicatorRow> feedback, string? modelsDirectory, int seed = IndicatorModelTrainer.DefaultSeed)
    {
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(feedback);
        var trainer = new IndicatorModelTrainer(segmenter, seed);
        var useful = feedback.Where(r => task.LabelOf(r).Length > 0).ToList();
        var train = rows.Where(r => r.Split == "train").Concat(useful).ToList();
        var heldOut = rows.Where(r => r.Split == "heldout").ToList();

        var clock = Stopwatch.StartNew();
        var model = trainer.Train(task, train);
        clock.Stop();

        var outcome = new TrainingOutcome
        {
            Task = task,
            Seed = seed,
            DataFile = dataFile,
            TrainRows = train.Count(r => task.LabelOf(r).Length > 0),
            FeedbackRows = useful.Count,
            HeldOutRows = heldOut.Count(r => task.LabelOf(r).Length > 0),
            HeldOutKinds = [.. heldOut.Select(r => r.Kind).Distinct().Order(StringComparer.Ordinal)],
            TrainingTime = clock.Elapsed,
            HeldOut = trainer.Evaluate(task, model, heldOut),
            Training = trainer.Evaluate(task, model, train),
        };

        if (modelsDirectory is not null)
        {
            Directory.CreateDirectory(modelsDirectory);
            var data = trainer.Context.Data.LoadFromEnumerable(new[] { trainer.Input("示例", "≥95%", "x") });
            trainer.Context.Model.Save(model, data.Schema, Path.Combine(modelsDirectory, task.FileStem() + ".zip"));
        }

        return (outcome, model);
    }
}
