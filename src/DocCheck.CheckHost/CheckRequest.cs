namespace DocCheck.CheckHost;

/// <summary>One check asked of the check host: a line of JSON on its standard input.</summary>
/// <param name="Id">Echoed in the reply, so a reply can never be taken for another request's.</param>
/// <param name="FilePath">The submitted file's content on disk.</param>
/// <param name="FileName">The file name as submitted (shown in the note).</param>
/// <param name="OutputDirectory">An empty directory the host writes the note and the document views into.</param>
public sealed record CheckRequest(long Id, string FilePath, string FileName, string OutputDirectory);
