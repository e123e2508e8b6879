namespace DocCheck.Classifiers;

/// <summary>One labelled indicator row of the training data (corpus/indicators/*.tsv).</summary>
/// <param name="Split">train or heldout.</param>
/// <param name="Kind">The kind of project (training, it, subsidy …), or feedback.</param>
/// <param name="Group">The level-2 group (one of DocCheck.Extract.Indicators.IndicatorGroupLabels.All), empty when unknown.</param>
/// <param name="Name">The indicator's name.</param>
/// <param name="Target">Its target text.</param>
/// <param name="TargetClass">量化 (measurable) or 模糊 (vague), empty when unknown.</param>
public sealed record IndicatorRow(string Split, string Kind, string Group, string Name, string Target, string TargetClass);
