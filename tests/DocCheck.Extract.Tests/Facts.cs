using DocCheck.Testing.Sources;

namespace DocCheck.Extract.Tests;

internal static class Facts
{
    public static ReportFacts Of(string source) => ReportFactsExtractor.Extract(ModelComposer.Compose(SourceParser.Parse(source)));
}
