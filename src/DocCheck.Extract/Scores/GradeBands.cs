using DocCheck.Extract.Text;

namespace DocCheck.Extract.Scores;

/// <summary>
/// Score bands for grades: each grade from its lower edge (inclusive) up to the next. The standard bands are
/// ≥90 优, 80–90 良, 60–80 中, below 60 差; a report may state its own.
/// </summary>
/// <param name="LowerEdges">Per grade its inclusive lower edge; the lowest grade has none.</param>
/// <param name="Stated">Whether the report states these bands itself.</param>
/// <param name="Anchor">Where the report states them.</param>
public sealed record GradeBands(IReadOnlyDictionary<Grade, decimal> LowerEdges, bool Stated, Anchor? Anchor)
{
    /// <summary>The standard bands of the framework.</summary>
    public static GradeBands Standard { get; } = new(
        new Dictionary<Grade, decimal> { [Grade.Excellent] = 90m, [Grade.Good] = 80m, [Grade.Fair] = 60m },
        Stated: false,
        Anchor: null);

    /// <summary>The grade a score earns: the highest grade whose lower edge it reaches.</summary>
    public Grade GradeFor(decimal score)
    {
        foreach (var grade in new[] { Grade.Excellent, Grade.Good, Grade.Fair })
        {
            if (LowerEdges.TryGetValue(grade, out var edge) && score >= edge)
            {
                return grade;
            }
        }

        return Grade.Poor;
    }

    /// <summary>The bands in words, e.g. 90分及以上为优，80–90分为良，60–80分为中，60分以下为差.</summary>
    public string Describe()
    {
        var parts = new List<string>();
        decimal? upper = null;
        foreach (var grade in new[] { Grade.Excellent, Grade.Good, Grade.Fair })
        {
            if (!LowerEdges.TryGetValue(grade, out var edge))
            {
                continue;
            }

            parts.Add(upper is null ? $"{edge:0.##}分及以上为{grade.ToChinese()}" : $"{edge:0.##}–{upper:0.##}分为{grade.ToChinese()}");
            upper = edge;
        }

        parts.Add($"{upper ?? 60m:0.##}分以下为差");
        return string.Join("，", parts);
    }
}
