namespace DocCheck.Language;

/// <summary>
/// jieba's finalseg model: a 4-state HMM (B begin, M middle, E end, S single) with start, transition and emission
/// log probabilities, read from finalseg/prob_start.py, prob_trans.py and prob_emit.py. Missing entries are
/// finalseg's MIN_FLOAT (-3.14e100). Emissions are a direct table over the BMP (the HMM only sees U+4E00–U+9FD5).
/// </summary>
internal sealed class HmmModel
{
    /// <summary>finalseg.MIN_FLOAT.</summary>
    public const double MinFloat = -3.14e100;

    public const int B = 0;
    public const int M = 1;
    public const int E = 2;
    public const int S = 3;

    private const string States = "BMES";

    private HmmModel(double[] start, double[] transition, double[][] emission)
    {
        Start = start;
        Transition = transition;
        Emission = emission;
    }

    /// <summary>Start log probabilities by state.</summary>
    public double[] Start { get; }

    /// <summary>Transition log probabilities, <c>[from * 4 + to]</c>.</summary>
    public double[] Transition { get; }

    /// <summary>Emission log probabilities, <c>[state][char]</c>.</summary>
    public double[][] Emission { get; }

    public static HmmModel Parse(string startSource, string transitionSource, string emissionSource)
    {
        var start = new double[4];
        Array.Fill(start, MinFloat);
        PythonLiteral.VisitAssignedDict(startSource, (outer, state, value) =>
        {
            if (outer is not null)
            {
                throw new FormatException("prob_start is a flat dict");
            }

            start[StateIndex(state)] = value;
        });

        var transition = new double[16];
        Array.Fill(transition, MinFloat);
        PythonLiteral.VisitAssignedDict(transitionSource, (from, to, value) =>
            transition[(StateIndex(from ?? throw new FormatException("prob_trans is a dict of dicts")) * 4) + StateIndex(to)] = value);

        var emission = new double[4][];
        for (var s = 0; s < 4; s++)
        {
            emission[s] = new double[0x10000];
            Array.Fill(emission[s], MinFloat);
        }

        PythonLiteral.VisitAssignedDict(emissionSource, (state, character, value) =>
        {
            // Only single BMP characters can ever be looked up (finalseg feeds U+4E00–U+9FD5 only).
            if (character.Length == 1)
            {
                emission[StateIndex(state ?? throw new FormatException("prob_emit is a dict of dicts"))][character[0]] = value;
            }
        });

        return new HmmModel(start, transition, emission);
    }

    private static int StateIndex(ReadOnlySpan<char> state) =>
        state.Length == 1 && States.Contains(state[0], StringComparison.Ordinal)
            ? States.IndexOf(state[0], StringComparison.Ordinal)
            : throw new FormatException($"unknown HMM state '{state}'");
}
