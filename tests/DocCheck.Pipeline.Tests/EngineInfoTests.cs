namespace DocCheck.Pipeline.Tests;

public sealed class EngineInfoTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("doccheck-engine-").FullName;

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private string Models(string name, byte groupByte)
    {
        var directory = Directory.CreateDirectory(Path.Combine(_root, name)).FullName;
        File.WriteAllBytes(Path.Combine(directory, "indicator-group.zip"), [1, 2, groupByte]);
        File.WriteAllBytes(Path.Combine(directory, "target-quantified.zip"), [4, 5, 6]);
        return directory;
    }

    [Fact]
    public void TheSameModelsInAnotherFolder_GiveTheSameFingerprint()
    {
        Assert.Equal(EngineInfo.Fingerprint(Models("a", 3), true), EngineInfo.Fingerprint(Models("b", 3), true));
    }

    [Fact]
    public void ARetrainedModel_ChangesTheFingerprint()
    {
        Assert.NotEqual(EngineInfo.Fingerprint(Models("before", 3), true), EngineInfo.Fingerprint(Models("after", 9), true));
    }

    [Fact]
    public void JiebaInstalledOrNot_AndModelsAbsent_AreDistinctVersions()
    {
        var models = Models("m", 3);
        var fingerprints = new[]
        {
            EngineInfo.Fingerprint(models, true), EngineInfo.Fingerprint(models, false),
            EngineInfo.Fingerprint(null, true), EngineInfo.Fingerprint(null, false),
        };

        Assert.Equal(4, fingerprints.Distinct().Count());
        Assert.All(fingerprints, f => Assert.Matches("^[0-9a-f]{8}$", f));
    }

    [Fact]
    public void TheVersion_IsTheReleaseAndTheFingerprintOfWhatThisProcessFinds()
    {
        Assert.Matches("^" + System.Text.RegularExpressions.Regex.Escape(EngineInfo.Release) + @"\+[0-9a-f]{8}$", EngineInfo.Version);
    }
}
