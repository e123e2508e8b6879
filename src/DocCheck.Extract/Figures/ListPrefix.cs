namespace DocCheck.Extract.Figures;

/// <summary>
/// The first <see cref="Count"/> items of a list that keeps growing, without copying them: each paragraph sees the
/// figures of the paragraphs before it, and copying those per paragraph would make extraction quadratic.
/// </summary>
internal sealed class ListPrefix<T>(List<T> items, int count) : IReadOnlyList<T>
{
    public int Count { get; } = count;

    public T this[int index] => (uint)index < (uint)Count ? items[index] : throw new ArgumentOutOfRangeException(nameof(index));

    public IEnumerator<T> GetEnumerator()
    {
        for (var i = 0; i < Count; i++)
        {
            yield return items[i];
        }
    }

    System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
}
