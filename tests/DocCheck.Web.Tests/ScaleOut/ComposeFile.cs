using System.Text.RegularExpressions;
using DocCheck.Testing;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace DocCheck.Web.Tests.ScaleOut;

/// <summary>
/// The services of the repository's <c>docker-compose.yml</c> as compose would start them: anchors and <c>&lt;&lt;</c>
/// merges resolved, <c>${NAME:-default}</c> read with the defaults (no .env), environment as name → value.
/// </summary>
internal sealed partial class ComposeFile
{
    private readonly YamlMappingNode _services;

    private ComposeFile(YamlMappingNode services) => _services = services;

    public static string PathInRepository => System.IO.Path.Combine(RepoPaths.Root, "docker-compose.yml");

    public static ComposeFile Load()
    {
        using var reader = new StreamReader(PathInRepository);
        var stream = new YamlStream();
        stream.Load(new MergingParser(new Parser(reader)));
        var root = (YamlMappingNode)stream.Documents[0].RootNode;
        return new ComposeFile((YamlMappingNode)root["services"]);
    }

    public IReadOnlyList<string> ServiceNames => _services.Children.Keys.Select(k => ((YamlScalarNode)k).Value!).ToList();

    public IReadOnlyDictionary<string, string> Environment(string service)
    {
        var environment = new Dictionary<string, string>(StringComparer.Ordinal);
        if (Service(service).Children.TryGetValue("environment", out var node))
        {
            foreach (var (name, value) in ((YamlMappingNode)node).Children)
            {
                environment[((YamlScalarNode)name).Value!] = WithDefaults(((YamlScalarNode)value).Value ?? string.Empty);
            }
        }

        return environment;
    }

    /// <summary>The service's entrypoint, or null when it keeps the image's.</summary>
    public IReadOnlyList<string>? Entrypoint(string service) =>
        Service(service).Children.TryGetValue("entrypoint", out var node)
            ? ((YamlSequenceNode)node).Children.Select(c => ((YamlScalarNode)c).Value!).ToList()
            : null;

    public IReadOnlyList<string> DependsOn(string service) =>
        Service(service).Children.TryGetValue("depends_on", out var node)
            ? ((YamlMappingNode)node).Children.Keys.Select(k => ((YamlScalarNode)k).Value!).ToList()
            : [];

    private YamlMappingNode Service(string name) => (YamlMappingNode)_services[name];

    private static string WithDefaults(string value) => Variable().Replace(value, m => m.Groups["default"].Value);

    [GeneratedRegex(@"\$\{(?<name>[A-Za-z_][A-Za-z0-9_]*)(:-(?<default>[^}]*))?\}")]
    private static partial Regex Variable();
}
