using System.Globalization;
using DocCheck.Classifiers;
using DocCheck.Cli.Feedback;
using DocCheck.Language;

namespace DocCheck.Cli.Commands;

/// <summary>
/// <c>doccheck train [--data file.tsv] [--models folder] [--feedback data folder] [--seed N] [--no-save]</c>: trains
/// both indicator classifiers, evaluates them on the held-out split, writes models and model cards, and prints how
/// the metrics moved against the cards that were there before.
/// </summary>
internal static class TrainCommand
{
    public static int Run(IReadOnlyList<string> args, TextWriter stdout, TextWriter stderr)
    {
        var arguments = new Arguments(args, new HashSet<string> { "--data", "--models", "--feedback", "--seed" }, new HashSet<string> { "--no-save" });
        var data = arguments.Option("--data") ?? ModelTraining.DefaultDataFile;
        var models = arguments.Option("--models") ?? "models";
        var seedText = arguments.Option("--seed");
        var seed = IndicatorModelTrainer.DefaultSeed;
        if (seedText is not null && !int.TryParse(seedText, NumberStyles.Integer, CultureInfo.InvariantCulture, out seed))
        {
            throw new UsageException($"--seed 应为整数，而不是 {seedText}");
        }

        if (!File.Exists(data))
        {
            throw new UsageException($"找不到训练数据 {data}（在仓库根目录运行，或用 --data 指定）");
        }

        string? problem = null;
        if (!JiebaSegmenter.TryGetShared(out var segmenter, p => problem = p))
        {
            stderr.WriteLine(problem ?? "未找到 jieba 词典（python3-jieba）");
            return ExitCodes.Unavailable;
        }

        var rows = IndicatorDataSet.Read(data);
        var feedback = arguments.Option("--feedback") is { } folder
            ? FeedbackExporter.ExportAsync(folder).GetAwaiter().GetResult()
            : [];
        if (feedback.Count > 0)
        {
            stdout.WriteLine($"反馈样本：{feedback.Count} 条（来自 {arguments.Option("--feedback")}）");
        }

        var save = !arguments.Flag("--no-save");
        foreach (var task in ClassifierTasks.All)
        {
            var cardPath = ModelCard.PathOf(models, task);
            var before = ModelCard.Read(cardPath);
            var (outcome, _) = ModelTraining.Train(segmenter, task, data, rows, feedback, save ? models : null, seed);
            Print(stdout, outcome, before);
            if (save)
            {
                ModelCard.Write(cardPath, outcome);
            }
        }

        stdout.WriteLine(save ? $"模型与模型说明已写入 {models}/" : "未保存（--no-save）");
        return ExitCodes.Clean;
    }

    private static void Print(TextWriter stdout, TrainingOutcome o, (double MacroF1, IReadOnlyDictionary<string, double> ClassF1)? before)
    {
        var inv = CultureInfo.InvariantCulture;
        stdout.WriteLine(string.Create(inv,
            $"{o.Task.FileStem()}: train {o.TrainRows} rows (feedback {o.FeedbackRows}), held out {o.HeldOutRows} ({string.Join(",", o.HeldOutKinds)}), {o.TrainingTime.TotalSeconds:F1} s"));
        stdout.WriteLine(string.Create(inv, $"  held-out macro-F1 {o.HeldOut.MacroF1:F4}{Delta(o.HeldOut.MacroF1, before?.MacroF1)}, accuracy {o.HeldOut.Accuracy:F4}"));
        for (var i = 0; i < o.HeldOut.Classes.Count; i++)
        {
            var c = o.HeldOut.Classes[i];
            double? old = before is { } b && b.ClassF1.TryGetValue(c, out var f) ? f : null;
            stdout.WriteLine(string.Create(inv, $"    {c}\tF1 {o.HeldOut.F1(i):F4}{Delta(o.HeldOut.F1(i), old)}\t(n={o.HeldOut.Support(i)})"));
        }
    }

    private static string Delta(double now, double? before) =>
        before is { } b ? string.Create(CultureInfo.InvariantCulture, $" ({now - b:+0.0000;-0.0000;±0.0000} vs card)") : " (no card before)";
}
