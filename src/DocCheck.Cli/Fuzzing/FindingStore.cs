using System.Globalization;
using System.Text;

namespace DocCheck.Cli.Fuzzing;

/// <summary>
/// Writes each finding into the output folder: the input as it was checked, and beside it a .txt with what is needed
/// to make it again and to read the failure. A class of finding (same verdict, same frame or reason) keeps its first
/// <c>keep</c> inputs: a mutator that hits a known crash a thousand times would otherwise fill the disk.
/// </summary>
internal sealed class FindingStore(string folder, int runSeed, int keep)
{
    private readonly Lock _lock = new();
    private readonly Dictionary<string, int> _kept = new(StringComparer.Ordinal);

    public string Folder => folder;

    /// <summary>Saves the finding; returns the input's path, or null when its class already has enough examples.</summary>
    public string? Save(FuzzCase input, FuzzOutcome outcome, FuzzOutcome recheck)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(outcome);
        ArgumentNullException.ThrowIfNull(recheck);
        lock (_lock)
        {
            var kept = _kept.GetValueOrDefault(outcome.Signature);
            if (kept >= keep)
            {
                return null;
            }

            _kept[outcome.Signature] = kept + 1;
        }

        Directory.CreateDirectory(folder);
        var inv = CultureInfo.InvariantCulture;
        var stem = string.Create(inv, $"seed{runSeed}-{input.Index:D6}-{outcome.Verdict.ToString().ToLowerInvariant()}-{input.Mutators.Replace('+', '_')}");
        var path = Path.Combine(folder, stem + input.Seed.Extension);
        File.WriteAllBytes(path, input.Content);
        var text = new StringBuilder()
            .AppendLine("DocCheck 模糊测试发现")
            .AppendLine(string.Create(inv, $"重现：doccheck fuzz --seed {runSeed} --replay {input.Index}（同一语料）；或 doccheck check {Path.GetFileName(path)}"))
            .AppendLine("原文件：" + input.Seed.Name)
            .AppendLine("变异：" + input.Mutators + " — " + input.Detail)
            .AppendLine("结果：" + outcome.Verdict.Chinese() + " — " + outcome.Reason)
            .AppendLine("新进程复查：" + recheck.Verdict.Chinese() + " — " + recheck.Reason)
            .AppendLine(string.Create(inv, $"用时 {outcome.Elapsed.TotalSeconds:0.0} s，常驻内存峰值 {outcome.PeakMegabytes:0} MB，{input.Content.Length} 字节"))
            .AppendLine("类别：" + outcome.Signature)
            .AppendLine("子进程标准错误（开头与结尾）：");
        foreach (var line in outcome.Stderr.Count > 0 ? outcome.Stderr : recheck.Stderr)
        {
            text.AppendLine("  " + line);
        }

        File.WriteAllText(Path.ChangeExtension(path, ".txt"), text.ToString());
        return path;
    }
}
