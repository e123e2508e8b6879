using System.Runtime.CompilerServices;

namespace DocCheck.Language;

/// <summary>
/// jieba's FREQ table as a trie of UTF-16 units: every word and every prefix of a word is a node, a prefix that is
/// not itself a word has frequency 0 (jieba's gen_pfdict stores exactly these keys). Walking the trie from a position
/// is jieba's get_DAG loop without building a substring per step. The root's children are a direct table over the
/// BMP; deeper edges live in one open-addressing hash of packed 64-bit entries (parent 23 bits, unit 16, child 23), so
/// that a step costs one memory access. Python keys are whole code points: a surrogate pair is two steps here, and a
/// string ending inside a pair is reported as no key. Mutable while a <see cref="JiebaSegmenterBuilder"/> fills it,
/// read-only (and so thread-safe) afterwards.
/// </summary>
internal sealed class PrefixDictionary
{
    public const int Root = 0;
    public const int None = -1;
    private const int NodeBits = 23;
    private const ulong NodeMask = (1UL << NodeBits) - 1;
    private const int MaxNodes = 1 << NodeBits;

    private readonly int[] _rootChildren = new int[0x10000];
    private long[] _frequency;
    private double[] _logFrequency;
    private int _nodeCount = 1;
    private ulong[] _entries;
    private int _mask;
    private int _shift;
    private int _edgeCount;

    public PrefixDictionary(int expectedNodes = 1024)
    {
        var capacity = Math.Clamp(expectedNodes, 16, MaxNodes);
        _frequency = new long[capacity];
        _logFrequency = new double[capacity];
        // Edges are about as many as nodes; the table grows past half full, so this rarely needs to grow.
        _entries = new ulong[(int)System.Numerics.BitOperations.RoundUpToPowerOf2((uint)Math.Max(64, capacity))];
        SetTableSize(_entries.Length);
    }

    /// <summary>jieba's <c>self.total</c>: the sum of all frequencies added, never reduced (add_word does not subtract).</summary>
    public long Total { get; private set; }

    /// <summary>Number of nodes (words and prefixes).</summary>
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

        var key = ((ulong)(uint)node << 16) | c;
        var entries = _entries;
        var slot = Slot(key);
        while (true)
        {
            var entry = entries[slot];
            if (entry >> NodeBits == key)
            {
                return (int)(entry & NodeMask);
            }

            if (entry == 0)
            {
                return None;
            }

            slot = (slot + 1) & _mask;
        }
    }

    /// <summary>The frequency stored at a node (0 for a bare prefix).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public long Frequency(int node) => _frequency[node];

    /// <summary>
    /// <c>log(freq)</c> at a node, computed as Python's math.log does (libm); negative infinity for frequency 0, so that
    /// the hot loop reads one array to learn both whether the node is a word and its weight.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public double LogFrequency(int node) => _logFrequency[node];

    /// <summary>The node of a whole string, or <see cref="None"/> when it is neither a word nor a prefix.</summary>
    public int Find(ReadOnlySpan<char> word)
    {
        if (word.IsEmpty || char.IsHighSurrogate(word[^1]))
        {
            return None;
        }

        var node = Root;
        for (var i = 0; i < word.Length && node != None; i++)
        {
            node = Child(node, word[i]);
        }

        return node;
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
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void Set(ReadOnlySpan<char> word, long frequency)
    {
        if (word.IsEmpty)
        {
            return;
        }

        var node = Root;
        foreach (var c in word)
        {
            node = GetOrAddChild(node, c);
        }

        SetFrequency(node, frequency);
    }

    /// <summary>
    /// <see cref="Set(ReadOnlySpan{char}, long)"/> for a word whose first <paramref name="known"/> units are the previous word's, whose nodes
    /// <paramref name="path"/> holds (<c>path[i]</c> = node after i + 1 units); fills in the rest of the path. dict.txt
    /// lists words grouped by prefix (一刻, 一刻一刻, 一刻不停 …), so most prefix steps need no lookup at all.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void Set(ReadOnlySpan<char> word, int known, Span<int> path, long frequency)
    {
        var node = known == 0 ? Root : path[known - 1];
        for (var i = known; i < word.Length; i++)
        {
            node = GetOrAddChild(node, word[i]);
            path[i] = node;
        }

        SetFrequency(node, frequency);
    }

    private void SetFrequency(int node, long frequency)
    {
        _frequency[node] = frequency;
        _logFrequency[node] = frequency > 0 ? Math.Log(frequency) : double.NegativeInfinity;
        Total += frequency;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private int GetOrAddChild(int node, char c)
    {
        if (node == Root)
        {
            var existing = _rootChildren[c];
            if (existing != 0)
            {
                return existing;
            }

            var created = NewNode();
            _rootChildren[c] = created;
            return created;
        }

        if ((_edgeCount + 1) * 2 > _entries.Length)
        {
            Grow();
        }

        // One probe sequence both finds an existing edge and, failing that, the empty slot the new edge goes into.
        var key = ((ulong)(uint)node << 16) | c;
        var slot = Slot(key);
        while (true)
        {
            var entry = _entries[slot];
            if (entry >> NodeBits == key)
            {
                return (int)(entry & NodeMask);
            }

            if (entry == 0)
            {
                break;
            }

            slot = (slot + 1) & _mask;
        }

        var child = NewNode();
        _entries[slot] = (key << NodeBits) | (uint)child;
        _edgeCount++;
        return child;
    }

    private int NewNode()
    {
        if (_nodeCount == MaxNodes)
        {
            throw new InvalidOperationException("The dictionary has more than 8 million prefixes.");
        }

        if (_nodeCount == _frequency.Length)
        {
            var size = Math.Min(MaxNodes, _frequency.Length * 2);
            Array.Resize(ref _frequency, size);
            Array.Resize(ref _logFrequency, size);
        }

        _logFrequency[_nodeCount] = double.NegativeInfinity;
        return _nodeCount++;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private int Slot(ulong key) => (int)((key * 0x9E3779B97F4A7C15UL) >> _shift);

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void Insert(ulong entry)
    {
        var slot = Slot(entry >> NodeBits);
        while (_entries[slot] != 0)
        {
            slot = (slot + 1) & _mask;
        }

        _entries[slot] = entry;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void Grow()
    {
        var old = _entries;
        _entries = new ulong[old.Length * 2];
        SetTableSize(_entries.Length);
        foreach (var entry in old)
        {
            if (entry != 0)
            {
                Insert(entry);
            }
        }
    }

    private void SetTableSize(int slots)
    {
        _mask = slots - 1;
        _shift = 64 - System.Numerics.BitOperations.Log2((uint)slots);
    }
}
