using System.Globalization;

namespace DocCheck.Web.Security;

/// <summary>How long to wait, as a person reads it and as the Retry-After header says it.</summary>
internal static class RetryText
{
    /// <summary>"45 秒" under a minute, else whole minutes rounded up ("3 分钟").</summary>
    public static string Chinese(TimeSpan wait)
    {
        var seconds = Seconds(wait);
        return seconds < 60
            ? string.Create(CultureInfo.InvariantCulture, $"{seconds} 秒")
            : string.Create(CultureInfo.InvariantCulture, $"{(seconds + 59) / 60} 分钟");
    }

    /// <summary>Whole seconds, rounded up and at least 1 (Retry-After's unit).</summary>
    public static int Seconds(TimeSpan wait) => Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds));

    /// <summary>Sets Retry-After.</summary>
    public static void SetRetryAfter(HttpResponse response, TimeSpan wait) =>
        response.Headers.RetryAfter = Seconds(wait).ToString(CultureInfo.InvariantCulture);
}
