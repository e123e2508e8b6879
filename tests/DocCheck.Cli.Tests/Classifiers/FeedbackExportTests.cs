using DocCheck.Classifiers;
using DocCheck.Cli.Feedback;
using DocCheck.Jobs.Storage;

namespace DocCheck.Cli.Tests.Classifiers;

/// <summary>Reviewers' verdicts in the web app's store come back as corrected training rows.</summary>
public sealed class FeedbackExportTests
{
    private const string Note = """
        {"findings":[
          {"rule":"indicator.not-quantified","severity":"warning","subject":"跨省通办","claimed":"在大厅设置专区","computed":null,
           "evidence":[{"quote":"跨省通办","role":"指标"},{"quote":"在大厅设置专区","role":"年度指标值"}]},
          {"rule":"indicator.misplaced","severity":"warning","subject":"带动就业人数","claimed":"社会效益指标","computed":"产出数量指标",
           "evidence":[{"quote":"社会效益指标","role":"所属分组"},{"quote":"带动就业人数","role":"指标"},{"quote":"≥50人","role":"年度指标值"}]},
          {"rule":"indicator.misplaced","severity":"warning","subject":"项目验收合格率","claimed":"成本指标","computed":"产出质量指标",
           "evidence":[{"quote":"项目验收合格率","role":"指标"},{"quote":"≥95%","role":"年度指标值"}]},
          {"rule":"rate.mismatch","severity":"error","subject":"执行率","claimed":"80%","computed":"79.46%","evidence":[]}
        ]}
        """;

    [Fact]
    public async Task DismissedAndConfirmedFindings_BecomeLabelledRows_ThatTrainingReads()
    {
        var folder = Directory.CreateTempSubdirectory("doccheck-feedback-").FullName;
        try
        {
            var database = new SqliteDatabase(folder);
            await new SqlReportStore(database).InitializeAsync();
            var ct = TestContext.Current.CancellationToken;
            await database.ExecuteAsync(
                "INSERT INTO reports (sha256, file_name, format, size, uploaded_by, uploaded_at, status, engine_version) VALUES ('abc', 'a.docx', 'docx', 1, 'u', '2024-01-01', 'done', 'v1')", ct);
            await database.ExecuteAsync(
                "INSERT INTO results (sha256, engine_version, verdict, errors, warnings, infos, pages, note_json, created_at) VALUES ('abc', 'v1', 'x', 0, 3, 0, 1, @note, '2024-01-01')",
                ct, ("@note", System.Text.Encoding.UTF8.GetBytes(Note)));
            foreach (var (index, rule, decision) in new[] { (0, "indicator.not-quantified", "dismissed"), (1, "indicator.misplaced", "dismissed"), (2, "indicator.misplaced", "confirmed"), (3, "rate.mismatch", "dismissed") })
            {
                await database.ExecuteAsync(
                    "INSERT INTO judgements (report_id, finding_index, rule_id, decision, comment, judged_by, judged_at) VALUES (1, @i, @r, @d, NULL, 'checker', '2024-01-02')",
                    ct, ("@i", index), ("@r", rule), ("@d", decision));
            }

            var rows = await FeedbackExporter.ExportAsync(folder, ct);

            Assert.Equal(
            [
                new IndicatorRow("train", "feedback", "", "跨省通办", "在大厅设置专区", IndicatorDataSet.Quantified),
                new IndicatorRow("train", "feedback", "社会效益", "带动就业人数", "≥50人", ""),
                new IndicatorRow("train", "feedback", "质量", "项目验收合格率", "≥95%", ""),
            ], rows);

            var file = Path.Combine(folder, "feedback.tsv");
            IndicatorDataSet.Write(file, rows);
            Assert.Equal(rows, IndicatorDataSet.Read(file));
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(folder, recursive: true);
        }
    }
}
