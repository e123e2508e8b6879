namespace DocCheck.Review;

/// <summary>Writes a review note in one format.</summary>
public interface INoteWriter
{
    /// <summary>The format's short name: md, json, docx.</summary>
    string Format { get; }

    /// <summary>The file extension, with the dot.</summary>
    string Extension { get; }

    /// <summary>Writes the note.</summary>
    void Write(ReviewNote note, Stream output);
}
