using System.Runtime.CompilerServices;

namespace DocCheck.Language;

/// <summary>
/// jieba's FREQ table as a trie of code points: every word and every prefix of a word is a node, a prefix that is
/// not itself a word has frequency 0 (jieba's gen_pfdict stores exactly these keys). Walking the trie from a position
/// is jieba's get_DAG loop without building a substring per step. Nodes are ints; the root's children are a direct
/// table over the BMP, deeper edges live in one open-addressing hash keyed by (node, code point).
/// Mutable while a <see cref="JiebaSegmenterBuilder"/> fills it, read-only (and so thread-safe) afterwards.
/// </summary>
internal sealed class PrefixDictionary
{
    public const int Root = 0;
    public const int None = -1;
    private const long EmptyKey = -1;

    private readonly int[] _rootChildren = new int[0x10000];
    private long[] _frequency;
    private double[] _logFrequency;
    private int _nodeCount = 1;
    private long[] _keys;
    private int[] _values;
    private int _mask;
    private int _shift;
    private int _edgeCount;

    public PrefixDictionary(int expectedNodes = 1024)
    {
        var capacity = Math.Max(16, expectedNodes);
        _frequency = new long[capacity];
        _logFrequency = new double[capacity];
        var slots = (int)Math.Min(1 << 30, System.Numerics.BitOperations.RoundUpToPowerOf2((uint)Math.Max(64, expectedNodes * 2)));
        (_keys, _values) = NewTable(slots);
        SetTableSize(slots);
    }

    /// <summary>jieba's <c>self.total</c>: the sum of all frequencies added, never reduced (add_word does not subtract).</summary>
    public long Total { get; private set; }

    /// <summary>Number of nodes (words and prefixes), as <c>len(FREQ)</c>.</summary>
    public int Count => _nodeCount - 1;

    /// <summary>The child of <paramref name="node"/> along <paramref name="c"/>, or <see cref="None"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int Child(int node, char c)
    {
        if (node == Root)
        {
            var child = _rootChildren[c];
            return child == 0 ? None : child;
        }

        return Find(Key(node, c));
    }

    /// <summary>The child along a code point (astral ones only occur in user words).</summary>
    public int Child(int node, int codePoint) =>
        codePoint < 0x10000 ? Child(node, (char)codePoint) : Find(Key(node, codePoint));

    /// <summary>The frequency stored at a node (0 for a bare prefix).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public long Frequency(int node) => _frequency[node];

    /// <summary><c>log(freq)</c> at a node with a non-zero frequency, computed as Python's math.log does (libm).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public double LogFrequency(int node) => _logFrequency[node];

    /// <summary>The node of a whole string, or <see cref="None"/> when it is neither a word nor a prefix.</summary>
    public int Find(ReadOnlySpan<char> word)
    {
        var node = Root;
        for (var i = 0; i < word.Length && node != None; i++)
        {
            var c = word[i];
            if (char.IsHighSurrogate(c) && i + 1 < word.Length && char.IsLowSurrogate(word[i + 1]))
            {
                node = Child(node, char.ConvertToUtf32(c, word[++i]));
            }
            else
            {
                node = Child(node, c);
            }
        }

        return word.IsEmpty ? None : node;
    }

    /// <summary>
    /// jieba's <c>FREQ.get(word)</c>: the frequency, or <c>null</c> when the string is not a key (neither a word nor a
    /// prefix). <c>FREQ.get(w) or 1</c> and <c>FREQ.get(w, 1)</c> differ exactly on prefixes (0 vs 1), so callers need both.
    /// </summary>
    public long? Get(ReadOnlySpan<char> word)
    {
        var node = Find(word);
        return node == None ? null : _frequency[node];
    }

    /// <summary>
    /// Sets a word's frequency (creating its prefixes with frequency 0 when missing) and adds the frequency to the total:
    /// jieba's gen_pfdict and add_word both do exactly this; a repeated word keeps the last frequency and counts twice.
    /// </summary>
    public void Set(ReadOnlySpan<char> word, long frequency)
    {
        if (word.IsEmpty)
        {
            return;
        }

        var node = Root;
        for (var i = 0; i < word.Length; i++)
        {
            int codePoint = word[i];
            if (char.IsHighSurrogate(word[i]) && i + 1 < word.Length && char.IsLowSurrogate(word[i + 1]))
            {
                codePoint = char.ConvertToUtf32(word[i], word[++i]);
            }

            node = GetOrAddChild(node, codePoint);
        }

        _frequency[node] = frequency;
        _logFrequency[node] = frequency > 0 ? Math.Log(frequency) : 0;
        Total += frequency;
    }

    private int GetOrAddChild(int node, int codePoint)
    {
        if (node == Root && codePoint < 0x10000)
        {
            var existing = _rootChildren[codePoint];
            if (existing != 0)
            {
                return existing;
            }

            var created = NewNode();
            _rootChildren[codePoint] = created;
            return created;
        }

        var key = Key(node, codePoint);
        var found = Find(key);
        if (found != None)
        {
            return found;
        }

        var child = NewNode();
        if ((_edgeCount + 1) * 2 > _keys.Length)
        {
            Grow();
        }

        Insert(key, child);
        _edgeCount++;
        return child;
    }

    private int NewNode()
    {
        if (_nodeCount == _frequency.Length)
        {
            Array.Resize(ref _frequency, _frequency.Length * 2);
            Array.Resize(ref _logFrequency, _logFrequency.Length * 2);
        }

        return _nodeCount++;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static long Key(int node, int codePoint) => ((long)node << 21) | (uint)codePoint;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private int Slot(long key) => (int)(((ulong)key * 0x9E3779B97F4A7C15UL) >> _shift);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private int Find(long key)
    {
        var keys = _keys;
        var slot = Slot(key);
        while (true)
        {
            var k = keys[slot];
            if (k == key)
            {
                return _values[slot];
            }

            if (k == EmptyKey)
            {
                return None;
            }

            slot = (slot + 1) & _mask;
        }
    }

    private void Insert(long key, int value)
    {
        var slot = Slot(key);
        while (_keys[slot] != EmptyKey)
        {
            slot = (slot + 1) & _mask;
        }

        _keys[slot] = key;
        _values[slot] = value;
    }

    private void Grow()
    {
        var (oldKeys, oldValues) = (_keys, _values);
        (_keys, _values) = NewTable(oldKeys.Length * 2);
        SetTableSize(_keys.Length);
        for (var i = 0; i < oldKeys.Length; i++)
        {
            if (oldKeys[i] != EmptyKey)
            {
                Insert(oldKeys[i], oldValues[i]);
            }
        }
    }

    private void SetTableSize(int slots)
    {
        _mask = slots - 1;
        _shift = 64 - System.Numerics.BitOperations.Log2((uint)slots);
    }

    private static (long[] Keys, int[] Values) NewTable(int slots)
    {
        var keys = new long[slots];
        Array.Fill(keys, EmptyKey);
        return (keys, new int[slots]);
    }
}
