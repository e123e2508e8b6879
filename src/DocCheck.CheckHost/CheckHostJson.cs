using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace DocCheck.CheckHost;

/// <summary>How requests and replies are written on the host's pipes: one compact JSON object per line.</summary>
public static class CheckHostJson
{
    /// <summary>The serializer options both sides use.</summary>
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = false,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
    };

    /// <summary>One line of JSON (JSON never holds a raw line break, so a line is a message).</summary>
    public static string ToLine<T>(T message) => JsonSerializer.Serialize(message, Options);

    /// <summary>Reads one message; null when the line is not one.</summary>
    public static T? FromLine<T>(string line)
        where T : class
    {
        try
        {
            return JsonSerializer.Deserialize<T>(line, Options);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
