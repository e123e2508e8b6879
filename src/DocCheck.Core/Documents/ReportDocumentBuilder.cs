using System.Collections.Immutable;
using DocCheck.Core.Text;

namespace DocCheck.Core.Documents;

/// <summary>
/// Places what a reader finds into a <see cref="ReportDocument"/>: numbers blocks, paragraphs and tables,
/// resolves table merges into a logical grid, recognises typed outline labels and headings, and remembers
/// the current section for every location. Word and PDF readers share it so their models agree.
/// </summary>
public sealed class ReportDocumentBuilder(string fileName, string sha256, string format)
{
    /// <summary>Body text longer than this is running text even when it starts with a label.</summary>
    private const int MaxHeadingLength = 40;

    /// <summary>
    /// The most characters read of one paragraph or one table cell (20,000, ten pages of text; a real paragraph holds a
    /// few hundred). The rest is cut with a note: the extraction compares pieces of a text with each other, so a single
    /// paragraph of millions of characters (a damaged or hostile file) would cost minutes and gigabytes.
    /// </summary>
    public const int MaxTextCharacters = 20_000;

    /// <summary>
    /// The widest table grid read (256 columns; Word stops at 63): a span of two billion columns, which a damaged file can
    /// declare, must not become a grid of that size. Cells past it are left out with a note.
    /// </summary>
    public const int MaxGridColumns = 256;

    /// <summary>The most rows read of one table (10,000, a long annex list); the rest is left out with a note.</summary>
    public const int MaxTableRows = 10_000;

    private readonly List<Block> _blocks = [];
    private readonly List<IngestDiagnostic> _diagnostics = [];
    private int _bodyParagraphs;
    private int _textBoxParagraphs;
    private int _tables;
    private string? _section;

    /// <summary>The title stored in the file's properties.</summary>
    public string? PropertiesTitle { get; set; }

    /// <summary>The number of pages, when known.</summary>
    public int? PageCount { get; set; }

    /// <summary>Blocks placed so far.</summary>
    public int BlockCount => _blocks.Count;

    /// <summary>Records something the reader worked around.</summary>
    public void AddDiagnostic(IngestDiagnostic diagnostic)
    {
        ArgumentNullException.ThrowIfNull(diagnostic);
        _diagnostics.Add(diagnostic);
    }

    /// <summary>Adds a paragraph; paragraphs without visible text are skipped and null is returned.</summary>
    public ParagraphBlock? AddParagraph(ParagraphDraft draft)
    {
        ArgumentNullException.ThrowIfNull(draft);
        var original = Capped(draft.NumberingLabel is { Length: > 0 } numberingLabel ? numberingLabel + draft.Text : draft.Text, out var cut);
        var text = TextNormalizer.Normalize(original);
        if (text.Value.Length == 0)
        {
            return null;
        }

        OutlineLabel? label;
        LabelSource labelSource;
        int labelLength;
        if (draft.NumberingLabel is { Length: > 0 })
        {
            label = OutlineLabelParser.Parse(text.Value, out labelLength);
            labelSource = LabelSource.Numbering;
            if (label is null)
            {
                // A numbering format we do not read as an outline label (bullets, letters): keep its text.
                labelLength = TextNormalizer.NormalizeValue(draft.NumberingLabel).Length;
            }
        }
        else
        {
            label = OutlineLabelParser.Parse(text.Value, out labelLength);
            labelSource = label is null ? LabelSource.None : LabelSource.Typed;
        }

        var body = text.Value[Math.Min(labelLength, text.Value.Length)..];
        var (isHeading, level) = ClassifyHeading(draft, label, body);

        var paragraphNumber = draft.Part == DocumentPart.TextBox ? ++_textBoxParagraphs : ++_bodyParagraphs;
        if (isHeading && draft.Part == DocumentPart.Body && level > 0)
        {
            _section = original.Trim() is { Length: > MaxHeadingLength } longHeading ? longHeading[..MaxHeadingLength] + "…" : original.Trim();
        }

        var location = new SourceLocation
        {
            Part = draft.Part,
            Block = _blocks.Count,
            Paragraph = paragraphNumber,
            Page = draft.Page,
            Box = draft.Box,
            Section = _section,
        };
        var block = new ParagraphBlock(_blocks.Count, location)
        {
            Text = text,
            Label = label,
            LabelSource = labelSource,
            Body = body,
            OutlineLevel = isHeading ? level : null,
            IsHeading = isHeading,
            StyleName = draft.StyleName,
        };
        _blocks.Add(block);
        if (cut > 0)
        {
            AddDiagnostic(new IngestDiagnostic("ingest.text-cut", $"该段超过 {MaxTextCharacters} 字（共 {cut + MaxTextCharacters} 字），只读取了前 {MaxTextCharacters} 字。", location));
        }

        return block;
    }

    private static string Capped(string text, out int cut)
    {
        cut = Math.Max(0, text.Length - MaxTextCharacters);
        return cut > 0 ? text[..MaxTextCharacters] : text;
    }

    /// <summary>Adds a table and, after it, the tables nested in its cells; returns the outer table.</summary>
    public TableBlock AddTable(TableDraft draft) => AddTable(draft, parentCell: null);

    /// <summary>The document built so far.</summary>
    public ReportDocument Build() => new()
    {
        FileName = fileName,
        Sha256 = sha256,
        Format = format,
        PropertiesTitle = PropertiesTitle,
        PageCount = PageCount,
        Blocks = [.. _blocks],
        Diagnostics = [.. _diagnostics],
    };

    private static (bool IsHeading, int Level) ClassifyHeading(ParagraphDraft draft, OutlineLabel? label, string body)
    {
        if (draft.StyleOutlineLevel is { } styleLevel)
        {
            return (true, styleLevel);
        }

        if (label is null || body.Length == 0 || body.Length > MaxHeadingLength)
        {
            return (false, 0);
        }

        // Headings are titles, not sentences: a full stop, semicolon or comma inside means running text.
        var inner = body.TrimEnd('。', ':', '：');
        if (inner.AsSpan().IndexOfAny("。；;，,") >= 0)
        {
            return (false, 0);
        }

        return (true, draft.NumberingLevel ?? label.DefaultLevel);
    }

    private TableBlock AddTable(TableDraft draft, SourceLocation? parentCell)
    {
        ArgumentNullException.ThrowIfNull(draft);
        var tableIndex = _tables++;
        var blockIndex = _blocks.Count;
        var tableLocation = new SourceLocation
        {
            Part = draft.Part,
            Block = blockIndex,
            Table = tableIndex,
            Page = draft.Page,
            Box = draft.Box,
            Section = _section,
        };

        var placed = PlaceCells(draft);
        var columnCount = placed.Count == 0 ? 0 : placed.Max(p => p.Column + p.ColumnSpan);
        var rowCount = Math.Min(draft.Rows.Count, MaxTableRows);
        var cells = ImmutableArray.CreateBuilder<TableCell>(placed.Count);
        var nested = new List<(TableDraft Table, SourceLocation Cell)>();
        // Cells are placed row by row, left to right: already in the order TableBlock expects.
        foreach (var p in placed)
        {
            var location = tableLocation with { Row = p.Row, Column = p.Column, Page = p.Draft.Page ?? tableLocation.Page, Box = p.Draft.Box ?? tableLocation.Box };
            cells.Add(new TableCell(p.Row, p.Column, p.RowSpan, p.ColumnSpan, TextNormalizer.Normalize(Capped(p.Draft.Text, out var cut)), location));
            if (cut > 0)
            {
                AddDiagnostic(new IngestDiagnostic("ingest.text-cut", $"该单元格超过 {MaxTextCharacters} 字（共 {cut + MaxTextCharacters} 字），只读取了前 {MaxTextCharacters} 字。", location));
            }

            nested.AddRange(p.Draft.NestedTables.Select(t => (t, location)));
        }

        var table = new TableBlock(blockIndex, tableLocation, tableIndex, rowCount, columnCount, cells.ToImmutable(), parentCell);
        _blocks.Add(table);
        foreach (var (nestedTable, cell) in nested)
        {
            AddTable(nestedTable, cell);
        }

        return table;
    }

    /// <summary>Resolves spans and vertical merges: a continuing cell extends the cell above it in the same column.</summary>
    private List<PlacedCell> PlaceCells(TableDraft draft)
    {
        var placed = new List<PlacedCell>();
        var above = new List<PlacedCell?>();
        var current = new List<PlacedCell?>();
        var rows = Math.Min(draft.Rows.Count, MaxTableRows);
        if (rows < draft.Rows.Count)
        {
            _diagnostics.Add(new IngestDiagnostic("ingest.table-cut", $"表格共 {draft.Rows.Count} 行，超过 {MaxTableRows} 行，其余行未读取。"));
        }

        var widthCut = false;
        for (var r = 0; r < rows; r++)
        {
            current.Clear();
            var column = 0;
            foreach (var cellDraft in draft.Rows[r])
            {
                column += Math.Clamp(cellDraft.SkipColumnsBefore, 0, MaxGridColumns);
                if (column >= MaxGridColumns)
                {
                    widthCut = true;
                    break;
                }

                var span = Math.Clamp(cellDraft.ColumnSpan, 1, MaxGridColumns - column);
                widthCut |= span < cellDraft.ColumnSpan;
                var owner = column < above.Count ? above[column] : null;
                PlacedCell cell;
                if (cellDraft.ContinuesVerticalMerge && owner is not null && owner.Column == column)
                {
                    cell = owner;
                    cell.RowSpan++;
                    if (cell.ColumnSpan != span)
                    {
                        _diagnostics.Add(new IngestDiagnostic("ingest.ragged-merge", "表格纵向合并的单元格宽度不一致，已按上方单元格处理。"));
                    }
                }
                else
                {
                    cell = new PlacedCell(cellDraft, r, column, span);
                    placed.Add(cell);
                }

                while (current.Count < column + span)
                {
                    current.Add(null);
                }

                for (var c = column; c < column + span; c++)
                {
                    current[c] = cell;
                }

                column += span;
            }

            (above, current) = (current, above);
        }

        if (widthCut)
        {
            _diagnostics.Add(new IngestDiagnostic("ingest.table-cut", $"表格超过 {MaxGridColumns} 列，其余列未读取。"));
        }

        return placed;
    }

    private sealed class PlacedCell(CellDraft draft, int row, int column, int columnSpan)
    {
        public CellDraft Draft { get; } = draft;

        public int Row { get; } = row;

        public int Column { get; } = column;

        public int ColumnSpan { get; } = columnSpan;

        public int RowSpan { get; set; } = 1;
    }
}
