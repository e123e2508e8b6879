using System.Text.Json;
using DocCheck.Classifiers;
using DocCheck.Extract.Indicators;
using DocCheck.Jobs.Storage;

namespace DocCheck.Cli.Feedback;

/// <summary>
/// Turns quality checkers' verdicts on indicator.not-quantified / indicator.misplaced findings (the web app's SQLite
/// store: judgements joined to the stored note JSON) into labelled training rows. A dismissed not-quantified finding
/// says the target was measurable (量化); a dismissed misplaced finding says the table's group was right. Confirmed
/// findings label the other way (模糊; the group the finding proposed).
/// </summary>
internal static class FeedbackExporter
{
    private const string NotQuantified = "indicator.not-quantified";
    private const string Misplaced = "indicator.misplaced";

    public static async Task<IReadOnlyList<IndicatorRow>> ExportAsync(string dataDirectory, CancellationToken cancellationToken = default)
    {
        if (!File.Exists(Path.Combine(dataDirectory, SqliteDatabase.FileName)))
        {
            throw new UsageException($"{dataDirectory} 中没有 {SqliteDatabase.FileName}（DocCheck 数据目录）");
        }

        var database = new SqliteDatabase(dataDirectory);
        var judged = await database.QueryAsync(
            """
            SELECT j.finding_index, j.rule_id, j.decision, res.note_json
            FROM judgements j
            JOIN reports r ON r.id = j.report_id
            JOIN results res ON res.sha256 = r.sha256 AND res.engine_version = r.engine_version
            WHERE j.rule_id IN (@a, @b)
            ORDER BY j.report_id, j.finding_index
            """,
            r => (Index: r.GetInt32(0), Rule: r.GetString(1), Dismissed: r.GetString(2) == "dismissed", Note: (byte[])r.GetValue(3)),
            cancellationToken, ("@a", NotQuantified), ("@b", Misplaced)).ConfigureAwait(false);

        var rows = new List<IndicatorRow>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (index, rule, dismissed, note) in judged)
        {
            if (ToRow(note, index, rule, dismissed) is { } row && seen.Add(row.Name + "\t" + row.Target + "\t" + row.Group + "\t" + row.TargetClass))
            {
                rows.Add(row);
            }
        }

        return rows;
    }

    private static IndicatorRow? ToRow(byte[] noteJson, int index, string rule, bool dismissed)
    {
        using var document = JsonDocument.Parse(noteJson);
        if (!document.RootElement.TryGetProperty("findings", out var findings) || index < 0 || index >= findings.GetArrayLength())
        {
            return null;
        }

        var finding = findings[index];
        if (Text(finding, "rule") != rule)
        {
            return null; // The stored note changed under the judgement: never apply a verdict to another finding.
        }

        var name = Text(finding, "subject") ?? string.Empty;
        var target = finding.TryGetProperty("evidence", out var evidence)
            ? evidence.EnumerateArray().Where(e => Text(e, "role") == "年度指标值").Select(e => Text(e, "quote")).FirstOrDefault() ?? string.Empty
            : string.Empty;
        if (name.Length == 0)
        {
            return null;
        }

        if (rule == NotQuantified)
        {
            var claimed = target.Length > 0 ? target : Text(finding, "claimed") ?? string.Empty;
            return claimed.Length == 0 ? null
                : new IndicatorRow("train", "feedback", string.Empty, name, claimed, dismissed ? IndicatorDataSet.Quantified : IndicatorDataSet.Vague);
        }

        // Misplaced: claimed is the table's label, computed the group the rule proposed ("非成本类指标" names none).
        var label = dismissed ? Text(finding, "claimed") : Text(finding, "computed");
        var group = label is null || label.StartsWith('非') ? null : IndicatorGroupLabels.Normalize(label);
        return group is null ? null : new IndicatorRow("train", "feedback", group, name, target, string.Empty);
    }

    private static string? Text(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
