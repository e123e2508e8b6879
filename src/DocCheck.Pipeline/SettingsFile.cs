using System.Globalization;
using System.Text.Json;
using DocCheck.Core.Findings;
using DocCheck.Extract.Scores;
using DocCheck.Rules;

namespace DocCheck.Pipeline;

/// <summary>
/// Reads check settings from a JSON file (see <c>doccheck.settings.example.json</c>): per-rule <c>enabled</c>,
/// <c>severity</c> and <c>tolerance</c>; default <c>gradeBands</c>; <c>overachievementThreshold</c>;
/// <c>minorRateGap</c>; <c>rateCapBands</c>.
/// </summary>
public static class SettingsFile
{
    /// <summary>Loads settings; throws <see cref="InvalidDataException"/> with a one-line Chinese reason when invalid.</summary>
    public static CheckSettings Load(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        string json;
        try
        {
            json = File.ReadAllText(path);
        }
        catch (IOException ex)
        {
            throw new InvalidDataException($"无法读取设置文件 {path}：{ex.Message}", ex);
        }

        return Parse(json, path);
    }

    /// <summary>Parses settings JSON.</summary>
    public static CheckSettings Parse(string json, string source = "设置")
    {
        try
        {
            using var document = JsonDocument.Parse(json, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
            var root = document.RootElement;
            var settings = CheckSettings.Default;
            if (root.TryGetProperty("rules", out var rules))
            {
                var map = new Dictionary<string, RuleSettings>(StringComparer.Ordinal);
                foreach (var rule in rules.EnumerateObject())
                {
                    if (!BuiltInRules.All.Any(r => r.Descriptor.Id == rule.Name))
                    {
                        throw new InvalidDataException($"{source}：未知的规则编号“{rule.Name}”。");
                    }

                    var ruleSettings = new RuleSettings();
                    if (rule.Value.TryGetProperty("enabled", out var enabled))
                    {
                        ruleSettings = ruleSettings with { Enabled = enabled.GetBoolean() };
                    }

                    if (rule.Value.TryGetProperty("severity", out var severity))
                    {
                        ruleSettings = ruleSettings with
                        {
                            Severity = SeverityNames.Parse(severity.GetString())
                                ?? throw new InvalidDataException($"{source}：规则“{rule.Name}”的 severity 应为 error、warning 或 info。"),
                        };
                    }

                    if (rule.Value.TryGetProperty("tolerance", out var tolerance))
                    {
                        ruleSettings = ruleSettings with { Tolerance = tolerance.GetDecimal() };
                    }

                    map[rule.Name] = ruleSettings;
                }

                settings = settings with { Rules = map };
            }

            if (root.TryGetProperty("gradeBands", out var bands))
            {
                var edges = new Dictionary<Grade, decimal>();
                foreach (var band in bands.EnumerateObject())
                {
                    var grade = Grades.Parse(band.Name) ?? throw new InvalidDataException($"{source}：未知的等级“{band.Name}”（应为 优、良、中）。");
                    edges[grade] = band.Value.GetDecimal();
                }

                settings = settings with { DefaultGradeBands = new GradeBands(edges, Stated: false, Anchor: null) };
            }

            if (root.TryGetProperty("overachievementThreshold", out var threshold))
            {
                settings = settings with { OverachievementThreshold = threshold.GetDecimal() };
            }

            if (root.TryGetProperty("minorRateGap", out var gap))
            {
                settings = settings with { MinorRateGap = gap.GetDecimal() };
            }

            if (root.TryGetProperty("rateCapBands", out var caps))
            {
                settings = settings with
                {
                    RateCapBands = caps.EnumerateArray()
                        .Select(c => new RateCapBand(c.GetProperty("rateBelow").GetDecimal(), c.GetProperty("maxScore").GetDecimal()))
                        .ToList(),
                };
            }

            return settings;
        }
        catch (Exception ex) when (ex is JsonException or InvalidOperationException or KeyNotFoundException or FormatException)
        {
            throw new InvalidDataException(string.Create(CultureInfo.InvariantCulture, $"{source}格式错误：{ex.Message}"), ex);
        }
    }
}
