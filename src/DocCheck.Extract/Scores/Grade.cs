namespace DocCheck.Extract.Scores;

/// <summary>The four grades of the scoring framework (labels vary: 优秀/良好/合格/不合格).</summary>
public enum Grade
{
    /// <summary>差 / 不合格 / 较差.</summary>
    Poor = 0,

    /// <summary>中 / 合格 / 一般 / 中等.</summary>
    Fair = 1,

    /// <summary>良 / 良好.</summary>
    Good = 2,

    /// <summary>优 / 优秀.</summary>
    Excellent = 3,
}
