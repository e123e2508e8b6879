using DocCheck.Core.Documents;

namespace DocCheck.Core.Findings;

/// <summary>One quote backing a finding.</summary>
/// <param name="Location">Where the quote is.</param>
/// <param name="Quote">The text exactly as printed (never a re-formatted value).</param>
/// <param name="Role">What the quote is in the finding, e.g. 合计, 分项 3, 正文表述.</param>
public sealed record Evidence(SourceLocation Location, string Quote, string Role)
{
    /// <inheritdoc/>
    public override string ToString() => $"{Location} \"{Quote}\"";
}
