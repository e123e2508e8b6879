namespace DocCheck.Cli.Fuzzing.Mutators;

/// <summary>Every mutator, in a fixed order (the order is part of what a seed reproduces).</summary>
internal static class MutatorSet
{
    public static IReadOnlyList<IMutator> All { get; } =
    [
        new BitFlip(), new ByteSet(), new Truncation(), new ChunkDuplication(), new ChunkDeletion(),
        new XmlElementDeletion(), new XmlElementDuplication(), new XmlElementMisplacement(), new XmlTruncation(), new PartRemoval(),
        new XmlDeepNesting(), new XmlAttributeValue(), new XmlHugeText(), new TableShape(), new NumberingMutation(), new StyleChain(), new XmlEntities(),
        new ZipHeaderField(), new ZipDuplicateEntry(), new ZipEntryName(),
        new PdfReferenceSwap(), new PdfReferenceCycle(), new PdfPageTree(), new PdfHostileNumber(), new PdfXrefDamage(), new PdfFilterSwap(),
        new PdfDeepNesting(), new PdfFlateBomb(), new PdfContentOperators(), new PdfFormRecursion(),
    ];

    /// <summary>The mutators named in a comma-separated list (all when the list is empty).</summary>
    public static IReadOnlyList<IMutator> Named(string? list)
    {
        if (string.IsNullOrWhiteSpace(list))
        {
            return All;
        }

        var names = list.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var unknown = names.Where(n => All.All(m => m.Name != n)).ToList();
        if (unknown.Count > 0)
        {
            throw new UsageException($"未知的变异方式 {string.Join("、", unknown)}（可用：{string.Join(", ", All.Select(m => m.Name))}）");
        }

        return [.. All.Where(m => names.Contains(m.Name))];
    }
}
