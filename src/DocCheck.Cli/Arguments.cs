namespace DocCheck.Cli;

/// <summary>Command-line arguments: positional values and <c>--name value</c> options.</summary>
internal sealed class Arguments
{
    private readonly Dictionary<string, string> _options = new(StringComparer.Ordinal);
    private readonly List<string> _positional = [];
    private readonly HashSet<string> _flags = new(StringComparer.Ordinal);

    public Arguments(IReadOnlyList<string> args, IReadOnlySet<string> valueOptions, IReadOnlySet<string> flagOptions)
    {
        for (var i = 0; i < args.Count; i++)
        {
            var arg = args[i];
            if (arg.StartsWith("--", StringComparison.Ordinal) && arg.Length > 2)
            {
                var name = arg;
                string? value = null;
                var equals = arg.IndexOf('=', StringComparison.Ordinal);
                if (equals > 0)
                {
                    name = arg[..equals];
                    value = arg[(equals + 1)..];
                }

                if (flagOptions.Contains(name))
                {
                    _flags.Add(name);
                    continue;
                }

                if (!valueOptions.Contains(name))
                {
                    throw new UsageException($"未知选项 {name}");
                }

                if (value is null)
                {
                    if (i + 1 >= args.Count)
                    {
                        throw new UsageException($"选项 {name} 需要一个值");
                    }

                    value = args[++i];
                }

                _options[name] = value;
            }
            else
            {
                _positional.Add(arg);
            }
        }
    }

    public IReadOnlyList<string> Positional => _positional;

    public string? Option(string name) => _options.TryGetValue(name, out var value) ? value : null;

    public bool Flag(string name) => _flags.Contains(name);
}
