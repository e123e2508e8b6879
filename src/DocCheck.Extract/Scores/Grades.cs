namespace DocCheck.Extract.Scores;

/// <summary>Reads and names grades.</summary>
public static class Grades
{
    /// <summary>The grade a printed label stands for; null when it is not a grade word.</summary>
    public static Grade? Parse(string label) => label?.Trim() switch
    {
        "优" or "优秀" => Grade.Excellent,
        "良" or "良好" => Grade.Good,
        "中" or "中等" or "合格" or "及格" or "一般" => Grade.Fair,
        "差" or "较差" or "不合格" or "不及格" => Grade.Poor,
        _ => null,
    };

    /// <summary>The grade's standard name: 优, 良, 中, 差.</summary>
    public static string ToChinese(this Grade grade) => grade switch
    {
        Grade.Excellent => "优",
        Grade.Good => "良",
        Grade.Fair => "中",
        _ => "差",
    };
}
