using System.Diagnostics;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace DocCheck.Language.Tests;

/// <summary>
/// Runs Python jieba (<c>/usr/bin/python3</c>, Debian's python3-jieba) on a batch of lines in one process and returns
/// what it yields. The request goes in as JSON on stdin, so both sides see exactly the same strings.
/// </summary>
internal static class PythonJieba
{
    public const string Python = "/usr/bin/python3";

    private const string Script = """
        import sys, json
        import jieba, jieba.analyse
        jieba.setLogLevel(60)
        req = json.loads(sys.stdin.buffer.read().decode('utf-8'))
        tk = jieba.Tokenizer(dictionary=req['dictionary']) if req.get('dictionary') else jieba.dt
        for op in req.get('setup', []):
            if op[0] == 'add_word': tk.add_word(op[1], op[2], op[3])
            elif op[0] == 'del_word': tk.del_word(op[1])
            elif op[0] == 'load_userdict': tk.load_userdict(op[1])
        mode = req['mode']
        out = []
        for line in req['lines']:
            if mode == 'default': out.append(tk.lcut(line))
            elif mode == 'nohmm': out.append(tk.lcut(line, HMM=False))
            elif mode == 'full': out.append(tk.lcut(line, cut_all=True))
            elif mode == 'search': out.append(tk.lcut_for_search(line))
            elif mode == 'tokenize': out.append([list(t) for t in tk.tokenize(line)])
            elif mode == 'tokenize_search': out.append([list(t) for t in tk.tokenize(line, mode='search')])
            elif mode == 'keywords': out.append([[w, x] for w, x in jieba.analyse.extract_tags(line, topK=req.get('top', 20), withWeight=True)])
            elif mode == 'suggest': out.append([tk.suggest_freq(line), tk.total])
        sys.stdout.buffer.write(json.dumps({'out': out, 'total': tk.total}, ensure_ascii=False).encode('utf-8'))
        """;

    /// <summary>Whether tests may skip (not fail) when Python jieba is missing: only with DOCCHECK_ALLOW_MISSING_JIEBA=1.</summary>
    public static bool MissingAllowed => Environment.GetEnvironmentVariable("DOCCHECK_ALLOW_MISSING_JIEBA") == "1";

    /// <summary>Fails (or, when allowed, skips) unless /usr/bin/python3 can import jieba.</summary>
    public static void Require()
    {
        var problem = Problem.Value;
        if (problem is null)
        {
            return;
        }

        var message = $"Python jieba is needed for parity: {problem}. Install the Debian package python3-jieba "
            + "(CI does), or set DOCCHECK_ALLOW_MISSING_JIEBA=1 to skip these tests locally.";
        if (MissingAllowed)
        {
            Assert.Skip(message);
        }

        Assert.Fail(message);
    }

    private static readonly Lazy<string?> Problem = new(() =>
    {
        if (!File.Exists(Python))
        {
            return Python + " not found";
        }

        try
        {
            var (code, _, error) = RunRaw("import jieba", string.Empty);
            return code == 0 ? null : "import jieba failed: " + error.Trim();
        }
        catch (System.ComponentModel.Win32Exception ex)
        {
            return Python + " could not start: " + ex.Message;
        }
    });

    public static List<List<string>> Cut(IReadOnlyList<string> lines, string mode, object[][]? setup = null, string? dictionary = null) =>
        [.. Run(lines, mode, setup, dictionary).Out.Select(line => line!.AsArray().Select(t => t!.GetValue<string>()).ToList())];

    public static (JsonArray Out, long Total) Run(IReadOnlyList<string> lines, string mode, object[][]? setup = null, string? dictionary = null, int top = 20)
    {
        Require();
        var request = JsonSerializer.Serialize(new Dictionary<string, object?>
        {
            ["mode"] = mode,
            ["lines"] = lines,
            ["setup"] = setup ?? [],
            ["dictionary"] = dictionary,
            ["top"] = top,
        });
        var (code, output, error) = RunRaw(Script, request);
        Assert.True(code == 0, "python jieba failed: " + error);
        var result = JsonNode.Parse(output)!.AsObject();
        return (result["out"]!.AsArray(), result["total"]!.GetValue<long>());
    }

    private static (int Code, string Output, string Error) RunRaw(string script, string input)
    {
        var start = new ProcessStartInfo(Python)
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            StandardInputEncoding = new UTF8Encoding(false),
            StandardOutputEncoding = Encoding.UTF8,
        };
        start.ArgumentList.Add("-c");
        start.ArgumentList.Add(script);
        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEndAsync();
        process.StandardInput.Write(input);
        process.StandardInput.Close();
        process.WaitForExit();
        return (process.ExitCode, output.Result, error.Result);
    }
}
