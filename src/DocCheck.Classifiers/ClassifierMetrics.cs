using System.Globalization;
using System.Text;

namespace DocCheck.Classifiers;

/// <summary>Per-class precision, recall and F1, their macro average and the confusion matrix of one evaluation.</summary>
/// <param name="Classes">The classes, in the order of the matrix.</param>
/// <param name="Confusion">Confusion[truth][predicted] counts.</param>
public sealed record ClassifierMetrics(IReadOnlyList<string> Classes, int[][] Confusion)
{
    /// <summary>Rows evaluated.</summary>
    public int Count => Confusion.Sum(r => r.Sum());

    /// <summary>Share of rows predicted right.</summary>
    public double Accuracy => Count == 0 ? 0 : (double)Enumerable.Range(0, Classes.Count).Sum(i => Confusion[i][i]) / Count;

    /// <summary>Mean F1 over the classes that occur in the truth.</summary>
    public double MacroF1
    {
        get
        {
            var present = Enumerable.Range(0, Classes.Count).Where(i => Support(i) > 0).ToList();
            return present.Count == 0 ? 0 : present.Average(F1);
        }
    }

    /// <summary>Rows whose truth is class <paramref name="i"/>.</summary>
    public int Support(int i) => Confusion[i].Sum();

    /// <summary>Precision of class <paramref name="i"/>.</summary>
    public double Precision(int i)
    {
        var predicted = Confusion.Sum(r => r[i]);
        return predicted == 0 ? 0 : (double)Confusion[i][i] / predicted;
    }

    /// <summary>Recall of class <paramref name="i"/>.</summary>
    public double Recall(int i) => Support(i) == 0 ? 0 : (double)Confusion[i][i] / Support(i);

    /// <summary>F1 of class <paramref name="i"/>.</summary>
    public double F1(int i)
    {
        var (p, r) = (Precision(i), Recall(i));
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    /// <summary>Builds the metrics from (truth, predicted) pairs.</summary>
    public static ClassifierMetrics From(IReadOnlyList<string> classes, IEnumerable<(string Truth, string Predicted)> pairs)
    {
        ArgumentNullException.ThrowIfNull(classes);
        ArgumentNullException.ThrowIfNull(pairs);
        var index = classes.Select((c, i) => (c, i)).ToDictionary(p => p.c, p => p.i, StringComparer.Ordinal);
        var matrix = classes.Select(_ => new int[classes.Count]).ToArray();
        foreach (var (truth, predicted) in pairs)
        {
            matrix[index[truth]][index[predicted]]++;
        }

        return new ClassifierMetrics(classes, matrix);
    }

    /// <summary>The per-class table and the confusion matrix in Markdown (figures with 4 decimals).</summary>
    public string ToMarkdown()
    {
        var md = new StringBuilder();
        md.Append("| class | precision | recall | F1 | support |\n|---|---|---|---|---|\n");
        for (var i = 0; i < Classes.Count; i++)
        {
            md.Append(CultureInfo.InvariantCulture, $"| {Classes[i]} | {Precision(i):F4} | {Recall(i):F4} | {F1(i):F4} | {Support(i)} |\n");
        }

        md.Append(CultureInfo.InvariantCulture, $"| **macro** | | | **{MacroF1:F4}** | {Count} |\n\n");
        md.Append("Confusion matrix (rows: truth, columns: predicted):\n\n| |");
        foreach (var c in Classes)
        {
            md.Append(' ').Append(c).Append(" |");
        }

        md.Append("\n|---|").Append(string.Concat(Enumerable.Repeat("---|", Classes.Count))).Append('\n');
        for (var i = 0; i < Classes.Count; i++)
        {
            md.Append("| ").Append(Classes[i]).Append(" |");
            foreach (var n in Confusion[i])
            {
                md.Append(' ').Append(n.ToString(CultureInfo.InvariantCulture)).Append(" |");
            }

            md.Append('\n');
        }

        return md.ToString();
    }
}
