namespace DocCheck.Language;

/// <summary>
/// The files of jieba's data in one directory: dict.txt, the finalseg HMM tables (prob_start.py, prob_trans.py,
/// prob_emit.py, read as Python literals) and analyse/idf.txt. Either the jieba package layout (Debian's
/// python3-jieba) or all files side by side.
/// </summary>
public sealed class JiebaData
{
    private JiebaData(string directory, string dictionary, string start, string transition, string emission, string? idf)
    {
        Directory = directory;
        DictionaryPath = dictionary;
        ProbStartPath = start;
        ProbTransPath = transition;
        ProbEmitPath = emission;
        IdfPath = idf;
    }

    /// <summary>The data directory.</summary>
    public string Directory { get; }

    /// <summary>dict.txt: <c>word freq tag</c> per line.</summary>
    public string DictionaryPath { get; }

    /// <summary>finalseg/prob_start.py.</summary>
    public string ProbStartPath { get; }

    /// <summary>finalseg/prob_trans.py.</summary>
    public string ProbTransPath { get; }

    /// <summary>finalseg/prob_emit.py.</summary>
    public string ProbEmitPath { get; }

    /// <summary>analyse/idf.txt, or null when it is missing (keywords are then unavailable, cutting is not).</summary>
    public string? IdfPath { get; }

    /// <summary>Finds the data files; <paramref name="problem"/> is a Chinese message saying what is missing.</summary>
    public static bool TryLocate(JiebaOptions? options, out JiebaData? data, out string? problem)
    {
        var directory = (options ?? JiebaOptions.Default).ResolveDataDirectory();
        data = null;
        var dictionary = Path.Combine(directory, "dict.txt");
        if (!File.Exists(dictionary))
        {
            problem = MissingMessage(directory, "dict.txt");
            return false;
        }

        string? Find(string folder, string name)
        {
            var nested = Path.Combine(directory, folder, name);
            if (File.Exists(nested))
            {
                return nested;
            }

            var flat = Path.Combine(directory, name);
            return File.Exists(flat) ? flat : null;
        }

        var start = Find("finalseg", "prob_start.py");
        var transition = Find("finalseg", "prob_trans.py");
        var emission = Find("finalseg", "prob_emit.py");
        if (start is null || transition is null || emission is null)
        {
            problem = MissingMessage(directory, "finalseg/prob_start.py、prob_trans.py、prob_emit.py（HMM 参数）");
            return false;
        }

        data = new JiebaData(directory, dictionary, start, transition, emission, Find("analyse", "idf.txt"));
        problem = null;
        return true;
    }

    internal static string MissingMessage(string directory, string what) =>
        $"未找到 jieba 词典（python3-jieba）：{directory} 中没有 {what}。请安装 Debian 软件包 python3-jieba"
        + $"（apt-get install python3-jieba），或用环境变量 {JiebaOptions.DataDirectoryVariable} 指向 jieba 数据目录；中文分词与关键词暂不可用。";
}
