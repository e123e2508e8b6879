using System.Text.Json;

namespace DocCheck.Jobs;

/// <summary>The verdict and counts of a stored note, read from its JSON without building the whole note.</summary>
/// <param name="Verdict">pass / improve / return.</param>
/// <param name="Errors">Errors.</param>
/// <param name="Warnings">Warnings.</param>
/// <param name="Infos">Information.</param>
public sealed record NoteSummary(string Verdict, int Errors, int Warnings, int Infos)
{
    /// <summary>Reads the summary of a note's JSON.</summary>
    public static NoteSummary Read(byte[] noteJson)
    {
        using var json = JsonDocument.Parse(noteJson);
        var root = json.RootElement;
        var counts = root.GetProperty("counts");
        return new NoteSummary(
            root.GetProperty("verdict").GetProperty("id").GetString() ?? "pass",
            counts.GetProperty("error").GetInt32(),
            counts.GetProperty("warning").GetInt32(),
            counts.GetProperty("info").GetInt32());
    }
}
