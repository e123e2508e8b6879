using System.Diagnostics;
using System.Text;

namespace DocCheck.Cli.Commands;

/// <summary>Starting this same program as a supervised child, and reading what it writes as it writes it.</summary>
internal static class SelfProcess
{
    /// <summary>
    /// The start of <c>doccheck &lt;command&gt; &lt;arguments&gt;</c> as the user started this process (the apphost, or
    /// dotnet with doccheck.dll), its stderr always redirected (UTF-8), its stdout when asked.
    /// </summary>
    public static ProcessStartInfo StartInfo(string command, IReadOnlyList<string> arguments, bool redirectStdout)
    {
        var self = Environment.ProcessPath ?? "dotnet";
        var utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
        var start = new ProcessStartInfo(self)
        {
            UseShellExecute = false,
            RedirectStandardError = true,
            RedirectStandardOutput = redirectStdout,
            StandardErrorEncoding = utf8,
            StandardOutputEncoding = redirectStdout ? utf8 : null,
        };
        if (Path.GetFileNameWithoutExtension(self).Equals("dotnet", StringComparison.OrdinalIgnoreCase))
        {
            start.ArgumentList.Add(typeof(SelfProcess).Assembly.Location);
        }

        start.ArgumentList.Add(command);
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        return start;
    }

    /// <summary>Reads a child's stream on a thread of its own as pieces arrive, until it ends.</summary>
    public static Thread Pump(StreamReader from, Action<string> piece, Action end)
    {
        var thread = new Thread(() =>
        {
            var buffer = new char[8192];
            int read;
            while ((read = from.Read(buffer, 0, buffer.Length)) > 0)
            {
                try
                {
                    piece(new string(buffer, 0, read));
                }
                catch (IOException)
                {
                    // Our own stderr is gone (the terminal closed): keep draining, or the child would block on a full pipe.
                }
            }

            try
            {
                end();
            }
            catch (IOException)
            {
            }
        })
        { IsBackground = true, Name = "doccheck-child-pump" };
        thread.Start();
        return thread;
    }
}
