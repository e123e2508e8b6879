namespace DocCheck.Cli.Fuzzing.Mutators;

/// <summary>
/// A mutator of a PDF's objects. Afterwards the xref table is rebuilt half the time: with it the reader meets the
/// mutated objects where they are; without it, it also has to repair the table.
/// </summary>
internal abstract class PdfMutator(string name) : IMutator
{
    public string Name => name;

    public bool Accepts(FuzzKind kind) => kind == FuzzKind.Pdf;

    public Mutation? Mutate(byte[] content, Random random)
    {
        var pdf = PdfText.Of(content);
        if (Apply(pdf, random) is not { } detail)
        {
            return null;
        }

        var rebuild = RebuildsXref ?? random.Next(2) == 0;
        if (rebuild)
        {
            pdf.RebuildXref();
        }

        return new Mutation(pdf.Bytes(), detail + (rebuild ? "；重建 xref" : string.Empty));
    }

    /// <summary>
    /// Whether the xref table is rebuilt: always when the mutation added objects the old table does not list, never
    /// when the table is what it damages, by chance otherwise.
    /// </summary>
    protected virtual bool? RebuildsXref => null;

    protected abstract string? Apply(PdfText pdf, Random random);

    protected static T Pick<T>(IReadOnlyList<T> items, Random random) => items[random.Next(items.Count)];
}
