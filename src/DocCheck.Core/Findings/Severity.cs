namespace DocCheck.Core.Findings;

/// <summary>How much a finding matters (rule catalog: error, warning, info).</summary>
public enum Severity
{
    /// <summary>Worth knowing; no action required.</summary>
    Info = 0,

    /// <summary>A weak or unverifiable item a reviewer should ask about.</summary>
    Warning = 1,

    /// <summary>The report contradicts itself or the rules of the scoring framework.</summary>
    Error = 2,
}
