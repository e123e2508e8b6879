using DocCheck.Classifiers;
using DocCheck.Language;
using DocCheck.Testing;

namespace DocCheck.Cli.Tests.Classifiers;

/// <summary>Determinism and held-out quality of the indicator classifiers (trained on a subset to stay fast).</summary>
public sealed class ClassifierTrainingTests
{
    private static readonly string DataFile = RepoPaths.Of("corpus", "indicators", "indicators.tsv");
    private static readonly string Models = RepoPaths.Of("models");

    private static JiebaSegmenter Segmenter()
    {
        Assert.True(JiebaSegmenter.TryGetShared(out var segmenter), "jieba's data (python3-jieba) is needed");
        return segmenter;
    }

    [Fact]
    public void SameDataAndSeed_GiveIdenticalMetricsAndPredictions()
    {
        var rows = IndicatorDataSet.Read(DataFile);
        var subset = rows.Where((_, i) => i % 5 == 0).ToList();
        var probe = rows.Where(r => r.Split == "heldout").Take(50).ToList();
        string Run()
        {
            var trainer = new IndicatorModelTrainer(Segmenter(), seed: 11);
            var model = trainer.Train(ClassifierTask.Group, subset.Where(r => r.Split == "train"));
            var metrics = trainer.Evaluate(ClassifierTask.Group, model, subset.Where(r => r.Split == "heldout"));
            var predictions = trainer.Predict(model, [.. probe.Select(r => trainer.Input(r.Name, r.Target))]);
            return metrics.ToMarkdown() + string.Join('\n', predictions.Select(p => p.PredictedLabel + " " + string.Join(',', p.Score.DenseValues())));
        }

        Assert.Equal(Run(), Run());
    }

    [Theory]
    [InlineData(ClassifierTask.Group)]
    [InlineData(ClassifierTask.Target)]
    public void CommittedModel_ReachesItsTarget_OnTheHeldOutKinds(ClassifierTask task)
    {
        var heldOut = IndicatorDataSet.Read(DataFile).Where(r => r.Split == "heldout").ToList();
        var trainer = new IndicatorModelTrainer(Segmenter());
        var model = trainer.Context.Model.Load(Path.Combine(Models, task.FileStem() + ".zip"), out _);

        var metrics = trainer.Evaluate(task, model, heldOut);
        var card = ModelCard.Read(ModelCard.PathOf(Models, task));

        Assert.True(metrics.MacroF1 >= 0.95, $"held-out macro-F1 {metrics.MacroF1:F4}");
        Assert.NotNull(card);
        Assert.Equal(card.Value.MacroF1, metrics.MacroF1, precision: 4);
    }

    [Fact]
    public void TheRulesClassifier_ScoresEachRowAsTheBatchEvaluationDoes()
    {
        // The classifier the rules use scores row by row through prediction engines; every row must get its own
        // label and probability, exactly as the batch path of the evaluation gives them.
        var probe = IndicatorDataSet.Read(DataFile).Where(r => r.Split == "heldout").Where((_, i) => i % 7 == 0).ToList();
        Assert.True(IndicatorModels.TryLoad(Models, out var classifier, out var problem), problem);
        var verdicts = classifier.Classify([.. probe.Select(r => new DocCheck.Extract.Indicators.IndicatorSample(r.Name, r.Target))]);

        var trainer = new IndicatorModelTrainer(Segmenter());
        var inputs = probe.Select(r => trainer.Input(r.Name, r.Target)).ToList();
        var groups = trainer.Predict(trainer.Context.Model.Load(Path.Combine(Models, ClassifierTask.Group.FileStem() + ".zip"), out _), inputs);
        var targets = trainer.Predict(trainer.Context.Model.Load(Path.Combine(Models, ClassifierTask.Target.FileStem() + ".zip"), out _), inputs);

        Assert.Equal(probe.Count, verdicts.Count);
        for (var i = 0; i < probe.Count; i++)
        {
            Assert.Equal(groups[i].PredictedLabel, verdicts[i].Group);
            Assert.Equal(groups[i].Score.DenseValues().Max(), verdicts[i].GroupConfidence);
            if (probe[i].Target.Trim().Length > 0)
            {
                Assert.Equal(targets[i].PredictedLabel == IndicatorDataSet.Vague, verdicts[i].TargetVague);
                Assert.Equal(targets[i].Score.DenseValues().Max(), verdicts[i].TargetConfidence);
            }
        }

        Assert.True(verdicts.Select(v => v.GroupConfidence).Distinct().Count() > 1, "every row scored alike");
    }

    [Fact]
    public void HeldOutKinds_AreNotInTraining()
    {
        var rows = IndicatorDataSet.Read(DataFile);
        var trainKinds = rows.Where(r => r.Split == "train").Select(r => r.Kind).ToHashSet();
        var trainTexts = rows.Where(r => r.Split == "train").Select(r => r.Name + "\t" + r.Target).ToHashSet();

        Assert.True(rows.Count >= 1500);
        Assert.DoesNotContain(rows.Where(r => r.Split == "heldout"), r => trainKinds.Contains(r.Kind) || trainTexts.Contains(r.Name + "\t" + r.Target));
    }

    [Fact]
    public void MissingModels_AreAReasonNotAnException()
    {
        var empty = Directory.CreateTempSubdirectory("doccheck-nomodels-").FullName;
        try
        {
            Assert.False(IndicatorModels.TryLoad(empty, out _, out var problem));
            Assert.Contains("未找到指标分类模型", problem, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(empty, recursive: true);
        }
    }
}
