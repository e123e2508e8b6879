using System.Globalization;
using DocCheck.Core.Text;

namespace DocCheck.Web;

/// <summary>
/// How long what people type may be, checked on the server whatever the form's <c>maxlength</c> says (a script or
/// a crafted request ignores it), with the Chinese reason shown when it is too long.
/// </summary>
internal static class InputLimits
{
    /// <summary>A quality checker's comment on a finding.</summary>
    public const int CommentLength = 2_000;

    /// <summary>A user name (also the longest name the sign-in form looks up).</summary>
    public const int UserNameLength = 64;

    /// <summary>What an API key is for.</summary>
    public const int KeyNameLength = 100;

    /// <summary>Why a comment is refused, or null.</summary>
    public static string? CommentError(string? comment) =>
        comment?.Trim() is { Length: > CommentLength } text
            ? string.Create(CultureInfo.InvariantCulture, $"质检意见不能超过 {CommentLength} 字（现为 {text.Length} 字），请精简后再保存。")
            : null;

    /// <summary>Why a user name is refused, or null.</summary>
    public static string? UserNameError(string name) => NameError(name, "用户名", UserNameLength);

    /// <summary>Why an API key's purpose is refused, or null.</summary>
    public static string? KeyNameError(string name) => NameError(name, "密钥用途", KeyNameLength);

    private static string? NameError(string name, string what, int limit)
    {
        if (name.Length > limit)
        {
            return string.Create(CultureInfo.InvariantCulture, $"{what}不能超过 {limit} 个字符（现为 {name.Length} 个）。");
        }

        return ControlCharacters.Replace(name, keepLineBreaks: false) == name ? null : $"{what}不能含控制字符（如换行、制表符）。";
    }
}
