using DocCheck.Cli.Commands;
using DocCheck.Pipeline;

namespace DocCheck.Cli;

/// <summary>Dispatches commands; the one place that turns any failure into an exit code and one line.</summary>
internal static class Cli
{
    public const string Usage = """
        DocCheck — 绩效评价报告一致性审核

        用法：
          doccheck check <文件> [--format md|json|docx] [--out <路径>] [--settings <设置文件>]
              读取 Word（.docx）或 PDF 报告，运行全部审核规则，输出审核意见。
              --format  md（默认，输出到终端）、json（供程序调用）、docx（Word 审核意见）
              --out     写入文件；docx 格式未给出时写在原文件旁（<原文件名>.审核意见.docx）
              --settings  规则设置（启用/停用、严重程度、容差、等级划分），见 doccheck.settings.example.json
          doccheck scan <目录|.zip> [--out 汇总.xlsx] [--html 汇总.html] [--jobs N] [--state <状态文件>] [--settings <设置文件>] [--fresh]
              批量审核：递归查找目录或压缩包中的全部 .docx/.pdf（按内容识别格式），多核并行审核，进度输出到 stderr，
              汇总输出到 stdout。
              --out     Excel 汇总表（报告汇总 + 每条规则一张表）   --html  网页汇总（内嵌图表，单个文件）
              --jobs    并行审核的文件数（默认等于 CPU 核数）
              --state   状态文件（默认 <目录>/.doccheck-scan.sqlite，或压缩包旁的 <名称>.doccheck-scan.sqlite）：
                        按内容 SHA-256 + 引擎版本 + 设置保存每份结果；再次运行时沿用，中断后可续跑
              --fresh   忽略已保存的结果，全部重新审核
              退出码：0 全部已审核且无错误级发现；1 有报告存在错误级发现；2 有文件未能审核（无法读取、内部错误、
              压缩包条目被拒绝）或压缩包无法读取（2 优先于 1）；64 用法错误；70 状态文件或汇总无法写入；130 被中断。
          doccheck bench-scan <目录> [--jobs N] [--copies N]
              批量审核基准测试：吞吐量（份/秒）和峰值内存；--copies 先把目录中的报告复制为 N 份互不相同的副本；
              同时与 python-docx 读取同一批 .docx、pdftotext -layout 读取同一批 .pdf 的用时比较。
          doccheck rules
              列出全部审核规则（编号、默认严重程度、名称）。
          doccheck bench <目录> [--iterations N]
              基准测试：单线程预热后反复审核目录下全部 .docx，报告每秒份数和每份内存。
          doccheck bench-pdf <目录> [--iterations N]
              PDF 基准测试：单线程预热后审核目录下全部 .pdf，并在同一次运行中与 pdftotext -layout 比较用时。
          doccheck eval-pdf <语料目录> [--verbose]
              PDF 读取保真度：对照 Word 原件，逐份报告表格单元格一致比例和审核发现是否一致。
          doccheck --version | --help

        退出码（check）：0 无错误级发现；1 有错误级发现；2 文件无法读取（原因一行输出到 stderr）；64 用法错误；70 内部错误。
        """;

    public static int Run(IReadOnlyList<string> args, TextWriter stdout, TextWriter stderr)
    {
        try
        {
            if (args.Count == 0 || args[0] is "--help" or "-h" or "help")
            {
                stdout.WriteLine(Usage);
                return args.Count == 0 ? ExitCodes.Usage : ExitCodes.Clean;
            }

            var rest = args.Skip(1).ToList();
            return args[0] switch
            {
                "check" => CheckCommand.Run(rest, stdout, stderr),
                "rules" => RulesCommand.Run(stdout),
                "scan" => ScanCommand.Run(rest, stdout, stderr),
                "bench-scan" => BenchScanCommand.Run(rest, stdout),
                "bench" => BenchCommand.Run(rest, stdout),
                "eval-pdf" => EvalPdfCommand.Run(rest, stdout),
                "bench-pdf" => BenchPdfCommand.Run(rest, stdout),
                "--version" => Version(stdout),
                _ => throw new UsageException($"未知命令 {args[0]}"),
            };
        }
        catch (UsageException ex)
        {
            stderr.WriteLine($"用法错误：{ex.Message}（doccheck --help 查看用法）");
            return ExitCodes.Usage;
        }
#pragma warning disable CA1031 // The CLI boundary: any bug becomes one line and an exit code, never a stack trace.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            stderr.WriteLine($"内部错误（请报告此问题）：{ex.GetType().Name}: {ex.Message.ReplaceLineEndings(" ")}");
            return ExitCodes.Internal;
        }
    }

    private static int Version(TextWriter stdout)
    {
        stdout.WriteLine("doccheck " + EngineInfo.Version);
        return ExitCodes.Clean;
    }
}
