namespace DocCheck.Extract.Periods;

/// <summary>Why a cited period does not match the report's.</summary>
public enum PeriodIssue
{
    /// <summary>Part of the report's year (1-9月, 截至10月底) given as the year's result.</summary>
    PartOfYear,

    /// <summary>Another year's figures given as this year's.</summary>
    OtherYear,

    /// <summary>The title names another year than the one the body's figures are for.</summary>
    TitleYear,
}
