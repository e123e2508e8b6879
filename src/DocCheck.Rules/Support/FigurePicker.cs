using DocCheck.Extract.Figures;
using DocCheck.Extract.Text;

namespace DocCheck.Rules.Support;

/// <summary>Chooses among figures of a role: those stated nearest a given place (same block first).</summary>
internal static class FigurePicker
{
    /// <summary>The figures of the roles, in preference order of role, then nearest to <paramref name="near"/>.</summary>
    public static IEnumerable<Figure> Nearest(IEnumerable<Figure> figures, IReadOnlyList<FigureRole> roles, Anchor near) =>
        figures.Where(f => roles.Contains(f.Role))
            .OrderBy(f => f.Anchor.Location.Block == near.Location.Block ? 0 : 1)
            .ThenBy(f => IndexOf(roles, f.Role))
            .ThenBy(f => Math.Abs(f.Anchor.Location.Block - near.Location.Block));

    /// <summary>Distinct values among figures (by printed interval), first occurrence kept.</summary>
    public static IReadOnlyList<Figure> DistinctValues(IEnumerable<Figure> figures)
    {
        var distinct = new List<Figure>();
        foreach (var figure in figures)
        {
            if (!distinct.Any(d => d.Role == figure.Role && d.Number.Value == figure.Number.Value))
            {
                distinct.Add(figure);
            }
        }

        return distinct;
    }

    private static int IndexOf(IReadOnlyList<FigureRole> roles, FigureRole role)
    {
        for (var i = 0; i < roles.Count; i++)
        {
            if (roles[i] == role)
            {
                return i;
            }
        }

        return roles.Count;
    }
}
