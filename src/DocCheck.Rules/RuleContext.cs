using System.Collections.Immutable;
using DocCheck.Core.Findings;
using DocCheck.Extract;
using DocCheck.Extract.Indicators;

namespace DocCheck.Rules;

/// <summary>
/// What a rule sees (the extracted facts and the settings) and where it records what it checked. One context per
/// check run; the runner points it at each rule in turn.
/// </summary>
public sealed class RuleContext
{
    private readonly List<CheckRecord> _checks = [];
    private readonly List<Unverified> _unverified = [];
    private RuleDescriptor? _current;

    /// <summary>Creates a context for one report.</summary>
    public RuleContext(ReportFacts facts, CheckSettings? settings = null, IndicatorClassifications? classifications = null)
    {
        ArgumentNullException.ThrowIfNull(facts);
        Facts = facts;
        Settings = settings ?? CheckSettings.Default;
        Classifications = classifications ?? NoClassifier;
    }

    /// <summary>What rules see when the pipeline was built without indicator classifiers.</summary>
    public static IndicatorClassifications NoClassifier { get; } = IndicatorClassifications.Unavailable("未配置指标分类模型");

    /// <summary>Everything read from the report.</summary>
    public ReportFacts Facts { get; }

    /// <summary>The check's settings.</summary>
    public CheckSettings Settings { get; }

    /// <summary>The indicator classifiers' verdicts on this report's indicators, or why there are none.</summary>
    public IndicatorClassifications Classifications { get; }

    /// <summary>The settings of the rule now running.</summary>
    public RuleSettings Rule => Settings.For(Current.Id);

    /// <summary>Checks made so far.</summary>
    public IReadOnlyList<CheckRecord> Checks => _checks;

    /// <summary>What could not be checked.</summary>
    public IReadOnlyList<Unverified> Unverified => _unverified;

    private RuleDescriptor Current => _current ?? throw new InvalidOperationException("No rule is running.");

    /// <summary>Records a check that held.</summary>
    public void Passed(string subject) => _checks.Add(new CheckRecord(Current.Id, subject, Consistent: true));

    /// <summary>Records something the rule could not check, and why.</summary>
    public void CannotVerify(string subject, string reason, Evidence? evidence = null) =>
        _unverified.Add(new Unverified(Current.Id, subject, reason, evidence));

    /// <summary>
    /// A finding of the running rule. Its severity is the one the settings give, else <paramref name="severity"/>
    /// (a rule may lower it for small gaps), else the rule's default.
    /// </summary>
    public Finding Report(string subject, string message, string? claimed, string? computed, IEnumerable<Evidence> evidence, Severity? severity = null)
    {
        ArgumentNullException.ThrowIfNull(evidence);
        var quotes = evidence.ToImmutableArray();
        if (quotes.IsEmpty)
        {
            throw new ArgumentException("A finding must carry evidence.", nameof(evidence));
        }

        _checks.Add(new CheckRecord(Current.Id, subject, Consistent: false));
        var level = Rule.Severity ?? severity ?? Current.DefaultSeverity;
        return new Finding(Current.Id, level, subject, message, claimed, computed, quotes);
    }

    internal void Enter(RuleDescriptor descriptor) => _current = descriptor;
}
