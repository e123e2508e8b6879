using System.Globalization;
using DocCheck.Jobs;
using Microsoft.Extensions.Options;

namespace DocCheck.Web.Apis;

/// <summary>
/// Reads an upload's multipart form for the API and the upload page alike, turning a malformed or oversized body —
/// a missing or wrong boundary, a quote inside a file name, a body cut short — into a status and a one-line Chinese
/// reason instead of an exception (which would be a 500).
/// </summary>
internal static class UploadForm
{
    /// <summary>The reason given for a body that is not well-formed multipart/form-data.</summary>
    public const string Malformed =
        "上传内容格式不正确：multipart/form-data 的分隔符（boundary）缺失或不符、正文不完整，或文件名等字段无法解析；请用浏览器或标准 HTTP 客户端重新上传。";

    /// <summary>The form, or the status and reason to answer with.</summary>
    public static async Task<(IFormCollection? Form, int Status, string? Error)> ReadAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (!request.HasFormContentType)
        {
            return (null, StatusCodes.Status422UnprocessableEntity, "请以 multipart/form-data 上传文件（字段名 files）。");
        }

        try
        {
            return (await request.ReadFormAsync(cancellationToken).ConfigureAwait(false), StatusCodes.Status200OK, null);
        }
        catch (BadHttpRequestException ex) when (ex.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return (null, StatusCodes.Status413PayloadTooLarge, TooLarge(request));
        }
        catch (InvalidDataException ex) when (ex.Message.Contains("length limit", StringComparison.OrdinalIgnoreCase))
        {
            // FormOptions' limits (MultipartBodyLengthLimit) say so only in their message.
            return (null, StatusCodes.Status413PayloadTooLarge, TooLarge(request));
        }
        catch (InvalidDataException)
        {
            return (null, StatusCodes.Status400BadRequest, Malformed);
        }
        catch (BadHttpRequestException)
        {
            // Kestrel's word for a body that breaks HTTP itself (cut short, bad chunking).
            return (null, StatusCodes.Status400BadRequest, Malformed);
        }
        catch (IOException ex) when (ex.Message.StartsWith("Unexpected end of", StringComparison.Ordinal))
        {
            // The multipart reader's word for a body that ends inside a part. Other IO errors (a full disk while
            // buffering) are the server's and stay 500s.
            return (null, StatusCodes.Status400BadRequest, Malformed);
        }
    }

    private static string TooLarge(HttpRequest request)
    {
        var megabytes = request.HttpContext.RequestServices.GetRequiredService<IOptions<DocCheckOptions>>().Value.MaxRequestMegabytes;
        return string.Create(CultureInfo.InvariantCulture, $"上传内容超过单次请求大小上限 {megabytes} MB，请分批上传。");
    }
}
