using System.Runtime.CompilerServices;
using System.Text;

namespace DocCheck.Language;

/// <summary>
/// jieba 0.42.1's cutting algorithm over a <see cref="PrefixDictionary"/> and an <see cref="HmmModel"/>
/// (Sun Junyi, github.com/fxsjy/jieba, MIT; reimplemented here from its described behaviour):
/// <list type="number">
/// <item>the text is split into runs of re_han_default characters and the rest; the rest is split at re_skip_default
/// (<c>\r\n|\s</c>) and yielded a code point at a time (full mode: run by run, empty runs included, as jieba does);</item>
/// <item>a run is a DAG of dictionary words from each position; the route of maximum probability is found from the end,
/// <c>log(freq or 1) - log(total) + route[x+1]</c>, ties going to the longer word (Python's max over (prob, x));</item>
/// <item>consecutive single characters of the route are gathered; if the gathered string is not a word it goes to the
/// HMM (finalseg): Viterbi over B/M/E/S for runs of U+4E00–U+9FD5, ties going to the later state letter, the last
/// state E or S; other characters split by finalseg's re_skip <c>[a-zA-Z0-9]+(?:\.\d+)?%?</c>.</item>
/// </list>
/// All positions are UTF-16 indices internally; inside a re_han_default run every character is a BMP character, so
/// indices and code points agree there, and outside it characters are taken as whole code points.
/// Instances are used read-only by <see cref="JiebaSegmenter"/> (thread-safe: scratch space is per thread) and
/// mutated by <see cref="JiebaSegmenterBuilder"/> between cuts.
/// </summary>
internal sealed class SegmenterEngine(PrefixDictionary dictionary, HmmModel hmm, HashSet<string> forceSplit)
{
    private static readonly string?[] CharStrings = new string?[0x10000];

    [ThreadStatic]
    private static Scratch? _scratch;

    public PrefixDictionary Dictionary { get; } = dictionary;

    public HmmModel Hmm { get; } = hmm;

    /// <summary>finalseg's Force_Split_Words: words given frequency 0 that the HMM must not produce whole.</summary>
    public HashSet<string> ForceSplit { get; } = forceSplit;

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void Cut(string text, SegmentMode mode, List<string> output)
    {
        if (mode == SegmentMode.Search)
        {
            var words = new List<string>();
            Cut(text, SegmentMode.Default, words);
            foreach (var word in words)
            {
                AddSearchGrams(word, output, offset: null);
                output.Add(word);
            }

            return;
        }

        var scratch = _scratch ??= new Scratch();
        var logTotal = Math.Log(Dictionary.Total);
        var i = 0;
        while (i < text.Length)
        {
            var j = i + 1;
            if (PythonText.IsHanDefault(text[i]))
            {
                while (j < text.Length && PythonText.IsHanDefault(text[j]))
                {
                    j++;
                }

                switch (mode)
                {
                    case SegmentMode.Full:
                        CutAll(text, i, j, scratch, output);
                        break;
                    case SegmentMode.NoHmm:
                        CutDagNoHmm(text, i, j, logTotal, scratch, output);
                        break;
                    default:
                        CutDag(text, i, j, logTotal, scratch, output);
                        break;
                }
            }
            else
            {
                while (j < text.Length && !PythonText.IsHanDefault(text[j]))
                {
                    j++;
                }

                CutOther(text, i, j, mode == SegmentMode.Full, output);
            }

            i = j;
        }
    }

    /// <summary>cut_for_search's grams of one word (its 2- then 3-grams that are words), in code points.</summary>
    public void AddSearchGrams(string word, List<string> output, List<SegmentToken>? tokens = null, int? offset = null)
    {
        if (word.Length <= 2)
        {
            return;
        }

        // Words of a re_han_default run never hold surrogates; others are single code points or "\r\n".
        // Index by code point anyway so that a user word with astral characters is measured as Python measures it.
        var starts = CodePointStarts(word);
        var length = starts.Length - 1;
        for (var n = 2; n <= 3; n++)
        {
            if (length <= n)
            {
                continue;
            }

            for (var i = 0; i + n <= length; i++)
            {
                var gram = word.AsSpan(starts[i], starts[i + n] - starts[i]);
                if ((Dictionary.Get(gram) ?? 0) != 0)
                {
                    var text = gram.ToString();
                    output.Add(text);
                    tokens?.Add(new SegmentToken(text, offset.GetValueOrDefault() + i, offset.GetValueOrDefault() + i + n));
                }
            }
        }
    }

    private static int[] CodePointStarts(string word)
    {
        var starts = new List<int>(word.Length + 1);
        for (var i = 0; i < word.Length; i++)
        {
            starts.Add(i);
            if (char.IsHighSurrogate(word[i]) && i + 1 < word.Length && char.IsLowSurrogate(word[i + 1]))
            {
                i++;
            }
        }

        starts.Add(word.Length);
        return [.. starts];
    }

    /// <summary>A block outside re_han_default: re_skip_default splits it; pieces go out a code point at a time.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void CutOther(string text, int start, int end, bool full, List<string> output)
    {
        var pieceStart = start;
        var i = start;
        while (i < end)
        {
            var c = text[i];
            if (c == '\r' && i + 1 < end && text[i + 1] == '\n')
            {
                EmitPiece(text, pieceStart, i, full, output);
                output.Add("\r\n");
                i += 2;
                pieceStart = i;
            }
            else if (PythonText.IsSpace(c))
            {
                EmitPiece(text, pieceStart, i, full, output);
                output.Add(CharString(c));
                i++;
                pieceStart = i;
            }
            else
            {
                i += char.IsHighSurrogate(c) && i + 1 < end && char.IsLowSurrogate(text[i + 1]) ? 2 : 1;
            }
        }

        EmitPiece(text, pieceStart, end, full, output);
    }

    private static void EmitPiece(string text, int start, int end, bool full, List<string> output)
    {
        if (full)
        {
            // jieba's cut_all yields every piece of re_skip.split, the empty ones around white space too.
            output.Add(text[start..end]);
            return;
        }

        for (var i = start; i < end; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < end && char.IsLowSurrogate(text[i + 1]))
            {
                output.Add(text.Substring(i, 2));
                i++;
            }
            else
            {
                output.Add(CharString(text[i]));
            }
        }
    }

    /// <summary>
    /// jieba's calc: the best route from each position of <c>text[start..end]</c> to the end, into
    /// <see cref="Scratch.RouteEnd"/> (relative, inclusive end of the word starting there).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void ComputeRoute(string text, int start, int end, double logTotal, Scratch scratch)
    {
        var length = end - start;
        scratch.Ensure(length);
        var probability = scratch.RouteProbability;
        var routeEnd = scratch.RouteEnd;
        var dictionary = Dictionary;
        probability[length] = 0;
        for (var idx = length - 1; idx >= 0; idx--)
        {
            var best = 0.0;
            var bestEnd = -1;
            var node = dictionary.Child(PrefixDictionary.Root, text[start + idx]);
            var x = idx;
            while (node != PrefixDictionary.None)
            {
                var logFrequency = dictionary.LogFrequency(node);
                if (logFrequency != double.NegativeInfinity)
                {
                    var p = logFrequency - logTotal + probability[x + 1];
                    if (bestEnd < 0 || p >= best)
                    {
                        best = p;
                        bestEnd = x;
                    }
                }

                if (++x >= length)
                {
                    break;
                }

                node = dictionary.Child(node, text[start + x]);
            }

            if (bestEnd < 0)
            {
                // DAG[idx] = [idx]: a character that is not a word; log(FREQ.get(c) or 1) = log(1) = 0.
                best = 0.0 - logTotal + probability[idx + 1];
                bestEnd = idx;
            }

            probability[idx] = best;
            routeEnd[idx] = bestEnd;
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void CutDag(string text, int start, int end, double logTotal, Scratch scratch, List<string> output)
    {
        ComputeRoute(text, start, end, logTotal, scratch);
        var routeEnd = scratch.RouteEnd;
        var length = end - start;
        var bufStart = 0;
        var bufLength = 0;
        var x = 0;
        while (x < length)
        {
            var y = routeEnd[x] + 1;
            if (y - x == 1)
            {
                if (bufLength == 0)
                {
                    bufStart = x;
                }

                bufLength++;
            }
            else
            {
                if (bufLength > 0)
                {
                    FlushBuffer(text, start + bufStart, bufLength, output);
                    bufLength = 0;
                }

                output.Add(text.Substring(start + x, y - x));
            }

            x = y;
        }

        if (bufLength > 0)
        {
            FlushBuffer(text, start + bufStart, bufLength, output);
        }
    }

    private void FlushBuffer(string text, int start, int length, List<string> output)
    {
        if (length == 1)
        {
            output.Add(CharString(text[start]));
            return;
        }

        var buffer = text.AsSpan(start, length);
        if ((Dictionary.Get(buffer) ?? 0) == 0)
        {
            FinalSeg(text, start, start + length, output);
            return;
        }

        foreach (var c in buffer)
        {
            output.Add(CharString(c));
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void CutDagNoHmm(string text, int start, int end, double logTotal, Scratch scratch, List<string> output)
    {
        ComputeRoute(text, start, end, logTotal, scratch);
        var routeEnd = scratch.RouteEnd;
        var length = end - start;
        var bufStart = 0;
        var bufLength = 0;
        var x = 0;
        while (x < length)
        {
            var y = routeEnd[x] + 1;
            if (y - x == 1 && PythonText.IsAsciiLetterOrDigit(text[start + x]))
            {
                if (bufLength == 0)
                {
                    bufStart = x;
                }

                bufLength++;
            }
            else
            {
                if (bufLength > 0)
                {
                    output.Add(Word(text, start + bufStart, bufLength));
                    bufLength = 0;
                }

                output.Add(Word(text, start + x, y - x));
            }

            x = y;
        }

        if (bufLength > 0)
        {
            output.Add(Word(text, start + bufStart, bufLength));
        }
    }

    /// <summary>jieba's __cut_all, its English-run quirk included (ASCII runs are joined, words inside them skipped).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void CutAll(string text, int start, int end, Scratch scratch, List<string> output)
    {
        var length = end - start;
        scratch.Ensure(length);
        var dictionary = Dictionary;
        var ends = scratch.DagEnds;
        ends.Clear();
        var firstEnd = scratch.DagFirst;
        for (var k = 0; k < length; k++)
        {
            firstEnd[k] = ends.Count;
            var node = dictionary.Child(PrefixDictionary.Root, text[start + k]);
            var i = k;
            while (node != PrefixDictionary.None)
            {
                if (dictionary.Frequency(node) != 0)
                {
                    ends.Add(i);
                }

                if (++i >= length)
                {
                    break;
                }

                node = dictionary.Child(node, text[start + i]);
            }

            if (ends.Count == firstEnd[k])
            {
                ends.Add(k);
            }
        }

        firstEnd[length] = ends.Count;
        var oldJ = -1;
        StringBuilder? english = null;
        for (var k = 0; k < length; k++)
        {
            if (english is not null && !PythonText.IsAsciiLetterOrDigit(text[start + k]))
            {
                output.Add(english.ToString());
                english = null;
            }

            var from = firstEnd[k];
            var count = firstEnd[k + 1] - from;
            if (count == 1 && k > oldJ)
            {
                var j = ends[from];
                var word = Word(text, start + k, j - k + 1);
                if (PythonText.IsAsciiLetterOrDigit(word[0]))
                {
                    if (english is null)
                    {
                        english = new StringBuilder(word);
                    }
                    else
                    {
                        english.Append(word);
                    }
                }

                if (english is null)
                {
                    output.Add(word);
                }

                oldJ = j;
            }
            else
            {
                for (var e = from; e < from + count; e++)
                {
                    var j = ends[e];
                    if (j > k)
                    {
                        output.Add(text.Substring(start + k, j - k + 1));
                        oldJ = j;
                    }
                }
            }
        }

        if (english is not null)
        {
            output.Add(english.ToString());
        }
    }

    /// <summary>finalseg.cut: HMM for runs of U+4E00–U+9FD5, re_skip for the rest; non-empty pieces only.</summary>
    private void FinalSeg(string text, int start, int end, List<string> output)
    {
        var i = start;
        while (i < end)
        {
            var j = i + 1;
            if (PythonText.IsHan(text[i]))
            {
                while (j < end && PythonText.IsHan(text[j]))
                {
                    j++;
                }

                Viterbi(text, i, j, output);
            }
            else
            {
                while (j < end && !PythonText.IsHan(text[j]))
                {
                    j++;
                }

                SplitSkip(text, i, j, output);
            }

            i = j;
        }
    }

    /// <summary>finalseg's <c>re_skip.split</c> with <c>([a-zA-Z0-9]+(?:\.\d+)?%?)</c>, empty pieces dropped.</summary>
    private static void SplitSkip(string text, int start, int end, List<string> output)
    {
        var pending = start;
        var i = start;
        while (i < end)
        {
            if (!PythonText.IsAsciiLetterOrDigit(text[i]))
            {
                i++;
                continue;
            }

            var m = i;
            while (m < end && PythonText.IsAsciiLetterOrDigit(text[m]))
            {
                m++;
            }

            // \d is any Unicode digit in Python, but only ASCII digits reach here (the rest is U+4E00–U+9FD5 or ASCII).
            if (m + 1 < end && text[m] == '.' && char.IsAsciiDigit(text[m + 1]))
            {
                m += 2;
                while (m < end && char.IsAsciiDigit(text[m]))
                {
                    m++;
                }
            }

            if (m < end && text[m] == '%')
            {
                m++;
            }

            if (pending < i)
            {
                output.Add(Word(text, pending, i - pending));
            }

            output.Add(Word(text, i, m - i));
            i = m;
            pending = m;
        }

        if (pending < end)
        {
            output.Add(Word(text, pending, end - pending));
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void Viterbi(string text, int start, int end, List<string> output)
    {
        var length = end - start;
        var scratch = _scratch ??= new Scratch();
        scratch.EnsureHmm(length);
        var back = scratch.Back;
        var emission = Hmm.Emission;
        var trans = Hmm.Transition;
        var (eB, eM, eE, eS) = (emission[HmmModel.B], emission[HmmModel.M], emission[HmmModel.E], emission[HmmModel.S]);
        var c0 = text[start];
        var vB = Hmm.Start[HmmModel.B] + eB[c0];
        var vM = Hmm.Start[HmmModel.M] + eM[c0];
        var vE = Hmm.Start[HmmModel.E] + eE[c0];
        var vS = Hmm.Start[HmmModel.S] + eS[c0];
        double tBE = trans[(HmmModel.B * 4) + HmmModel.E], tBM = trans[(HmmModel.B * 4) + HmmModel.M];
        double tEB = trans[(HmmModel.E * 4) + HmmModel.B], tES = trans[(HmmModel.E * 4) + HmmModel.S];
        double tMM = trans[(HmmModel.M * 4) + HmmModel.M], tME = trans[(HmmModel.M * 4) + HmmModel.E];
        double tSB = trans[(HmmModel.S * 4) + HmmModel.B], tSS = trans[(HmmModel.S * 4) + HmmModel.S];
        for (var t = 1; t < length; t++)
        {
            var c = text[start + t];
            var at = t * 4;

            // PrevStatus: B ← E,S; M ← M,B; S ← S,E; E ← B,M. Python's max over (prob, state) tuples: on equal
            // probabilities the later letter wins (S > M > E > B). Sums in jieba's order: (V + trans) + emit.
            var em = eB[c];
            var fromE = vE + tEB + em;
            var fromS = vS + tSB + em;
            var nB = fromE > fromS ? fromE : fromS;
            back[at + HmmModel.B] = fromE > fromS ? (byte)HmmModel.E : (byte)HmmModel.S;

            em = eM[c];
            var fromM = vM + tMM + em;
            var fromB = vB + tBM + em;
            var nM = fromB > fromM ? fromB : fromM;
            back[at + HmmModel.M] = fromB > fromM ? (byte)HmmModel.B : (byte)HmmModel.M;

            em = eE[c];
            fromB = vB + tBE + em;
            fromM = vM + tME + em;
            var nE = fromB > fromM ? fromB : fromM;
            back[at + HmmModel.E] = fromB > fromM ? (byte)HmmModel.B : (byte)HmmModel.M;

            em = eS[c];
            fromS = vS + tSS + em;
            fromE = vE + tES + em;
            var nS = fromE > fromS ? fromE : fromS;
            back[at + HmmModel.S] = fromE > fromS ? (byte)HmmModel.E : (byte)HmmModel.S;

            (vB, vM, vE, vS) = (nB, nM, nE, nS);
        }

        // The last state is E or S (S on a tie).
        var state = vE > vS ? HmmModel.E : HmmModel.S;
        var path = scratch.Path;
        for (var t = length - 1; t >= 0; t--)
        {
            path[t] = (byte)state;
            state = back[(t * 4) + state];
        }

        var begin = 0;
        var next = 0;
        for (var i = 0; i < length; i++)
        {
            switch (path[i])
            {
                case HmmModel.B:
                    begin = i;
                    break;
                case HmmModel.E:
                    AddHmmWord(text, start + begin, i + 1 - begin, output);
                    next = i + 1;
                    break;
                case HmmModel.S:
                    AddHmmWord(text, start + i, 1, output);
                    next = i + 1;
                    break;
                default:
                    break;
            }
        }

        if (next < length)
        {
            AddHmmWord(text, start + next, length - next, output);
        }
    }

    private void AddHmmWord(string text, int start, int length, List<string> output)
    {
        var word = Word(text, start, length);
        if (ForceSplit.Count == 0 || !ForceSplit.Contains(word))
        {
            output.Add(word);
            return;
        }

        foreach (var c in word)
        {
            output.Add(CharString(c));
        }
    }

    private static string Word(string text, int start, int length) =>
        length == 1 ? CharString(text[start]) : text.Substring(start, length);

    /// <summary>One shared string per BMP character: most tokens of Chinese text are single characters.</summary>
    private static string CharString(char c) => CharStrings[c] ??= c.ToString();

    /// <summary>Per-thread work arrays, grown to the longest block seen.</summary>
    private sealed class Scratch
    {
        public double[] RouteProbability { get; private set; } = new double[256];

        public int[] RouteEnd { get; private set; } = new int[256];

        public int[] DagFirst { get; private set; } = new int[256];

        public List<int> DagEnds { get; } = new(512);

        public byte[] Back { get; private set; } = new byte[1024];

        public byte[] Path { get; private set; } = new byte[256];

        public void Ensure(int length)
        {
            if (RouteProbability.Length <= length)
            {
                var size = (int)System.Numerics.BitOperations.RoundUpToPowerOf2((uint)length + 1);
                RouteProbability = new double[size];
                RouteEnd = new int[size];
                DagFirst = new int[size];
            }
        }

        public void EnsureHmm(int length)
        {
            if (Path.Length < length)
            {
                var size = (int)System.Numerics.BitOperations.RoundUpToPowerOf2((uint)length);
                Path = new byte[size];
                Back = new byte[size * 4];
            }
        }
    }
}
