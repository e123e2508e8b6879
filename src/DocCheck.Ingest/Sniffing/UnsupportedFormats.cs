using DocCheck.Core.Errors;

namespace DocCheck.Ingest;

/// <summary>The one-line reason given for a file that no reader accepts.</summary>
public static class UnsupportedFormats
{
    /// <summary>The exception to throw for a file of <paramref name="format"/> that no configured reader reads.</summary>
    public static UnreadableDocumentException Reject(SniffedFormat format) => format switch
    {
        SniffedFormat.Empty => new(UnreadableReason.Empty, "文件为空（0 字节），请重新上传。"),
        SniffedFormat.Text => new(UnreadableReason.UnsupportedFormat, "文件内容是纯文本，不是 Word 文档（可能是改了扩展名的文本文件）。"),
        SniffedFormat.LegacyWord => new(UnreadableReason.LegacyWord, "这是旧版 Word 97-2003 文档（.doc），请在 Word 或 WPS 中另存为 .docx 后重新提交。"),
        SniffedFormat.EncryptedOpenXml => new(UnreadableReason.Encrypted, "文档已加密（设有打开密码），请取消密码后重新提交。"),
        SniffedFormat.DamagedZip => new(UnreadableReason.Corrupt, "文件已损坏或不完整（压缩结构无法读取），请重新导出后提交。"),
        SniffedFormat.OtherOpenXml => new(UnreadableReason.UnsupportedFormat, "这是 Excel 或 PowerPoint 文件，不是 Word 文档。"),
        SniffedFormat.Zip => new(UnreadableReason.UnsupportedFormat, "这是一个普通压缩包，不是 Word 文档。"),
        SniffedFormat.OtherCompound => new(UnreadableReason.UnsupportedFormat, "这是旧版 Excel/PowerPoint 等 Office 文件，不是 Word 文档。"),
        SniffedFormat.Rtf => new(UnreadableReason.UnsupportedFormat, "这是 RTF 文件，请另存为 .docx 后重新提交。"),
        SniffedFormat.Pdf => new(UnreadableReason.UnsupportedFormat, "暂不支持 PDF 文件，请提交 Word（.docx）版本。"),
        _ => new(UnreadableReason.UnsupportedFormat, "无法识别的文件格式，不是 Word 文档。"),
    };
}
