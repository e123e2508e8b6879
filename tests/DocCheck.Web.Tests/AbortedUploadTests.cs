using System.Globalization;
using System.Net.Sockets;
using System.Text;

namespace DocCheck.Web.Tests;

/// <summary>An upload cut off half-way (the client killed) leaves no temporary file behind.</summary>
public sealed class AbortedUploadTests
{
    [Fact]
    public async Task UploadCutOff_HalfWay_LeavesNoTemporaryFile()
    {
        await using var app = new DocCheckWebApp(runChecks: false);
        var address = app.StartOnKestrel();
        var before = TemporaryFiles();

        using (var client = new TcpClient())
        {
            await client.ConnectAsync(address.Host, address.Port);
            var stream = client.GetStream();
            var head = "--XyZ\r\nContent-Disposition: form-data; name=\"files\"; filename=\"big.pdf\"\r\nContent-Type: application/pdf\r\n\r\n";
            var request = "POST /api/reports HTTP/1.1\r\nHost: " + address.Authority + "\r\nX-Api-Key: " + DocCheckWebApp.ApiKey
                + "\r\nContent-Type: multipart/form-data; boundary=XyZ\r\nContent-Length: "
                + (20 * 1024 * 1024).ToString(CultureInfo.InvariantCulture) + "\r\n\r\n" + head;
            await stream.WriteAsync(Encoding.ASCII.GetBytes(request));
            var chunk = new byte[64 * 1024];
            for (var sent = 0; sent < 4 * 1024 * 1024; sent += chunk.Length)
            {
                await stream.WriteAsync(chunk);
            }

            await stream.FlushAsync();
            await Task.Delay(500);
            Assert.NotEmpty(TemporaryFiles().Except(before)); // the part is being buffered to disk
            client.Client.LingerState = new LingerOption(true, 0);
        }

        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (TemporaryFiles().Except(before).Any() && DateTime.UtcNow < deadline)
        {
            await Task.Delay(100);
        }

        Assert.Empty(TemporaryFiles().Except(before));
    }

    private static HashSet<string> TemporaryFiles() =>
        Directory.EnumerateFiles(Path.GetTempPath(), "ASPNETCORE_*.tmp").ToHashSet(StringComparer.Ordinal);
}
