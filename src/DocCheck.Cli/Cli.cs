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
              审核进程意外退出（栈溢出、内存耗尽）时自动续跑：当时正在检查的文件逐个单独重试，只有单独检查时仍使进程
              退出的文件被跳过（列为未能审核，用 --fresh 重试）；每次退出在终端只显示一行，运行时的崩溃信息追加到
              <状态文件>.crash.log。
              退出码：0 全部已审核且无错误级发现；1 有报告存在错误级发现；2 有文件未能审核（无法读取、内部错误、
              压缩包条目被拒绝）或压缩包无法读取（2 优先于 1）；64 用法错误；70 状态文件或汇总无法写入；130 被中断。
          doccheck bench-scan <目录> [--jobs N] [--copies N]
              批量审核基准测试：吞吐量（份/秒）和峰值内存；--copies 先把目录中的报告复制为 N 份互不相同的副本；
              同时与 python-docx 读取同一批 .docx、pdftotext -layout 读取同一批 .pdf 的用时比较。
          doccheck rules
              列出全部审核规则（编号、默认严重程度、名称）。
          doccheck bench <目录> [--iterations N]
              基准测试：单线程预热后反复审核目录下全部 .docx，报告每秒份数和每份内存。
          doccheck bench-size [--paragraphs 1000,10000,30000,100000] [--tables 10,100,1000]
              文档规模基准：在内存中生成不同段落数、表格数的报告各检查一次，输出耗时、每段耗时与托管堆大小（应呈线性增长）。
          doccheck fuzz [--minutes N | --count N] [--seed S] [--out <目录>] [--corpus <目录> …] [--jobs N] [--mutators a,b]
              模糊测试：把语料中的 .docx/.pdf 随机变异（比特翻转、截断、Word XML、zip 结构、PDF 对象与流），逐个交给独立的
              审核子进程检查。正常结果只有两种：已审核，或无法读取并给出一行中文原因；子进程崩溃、超时（--time-limit，
              默认 60 秒）、内存超限（--memory-mb，默认 1024）、内部错误或原因不合格都是“发现”，输入文件和说明（种子、
              变异方式、结果、子进程 stderr 开头与结尾）保存在 --out（默认 fuzz-findings/）。默认 10 分钟，语料默认 corpus/
              （每个文件夹最多取 --per-folder 24 份）；--seed 默认随机并在开头打印，同一种子与语料产生相同的输入；
              --replay N 只重做第 N 个输入；--keep N 每类发现最多保存 N 个输入（默认 10）；--verbose 逐个列出输入与结果。
              进度输出到 stderr。退出码：0 没有发现；1 有发现；64 用法错误。
          doccheck bench-pdf <目录> [--iterations N]
              PDF 基准测试：单线程预热后审核目录下全部 .pdf，并在同一次运行中与 pdftotext -layout 比较用时。
          doccheck eval-pdf <语料目录> [--verbose]
              PDF 读取保真度：对照 Word 原件，逐份报告表格单元格一致比例和审核发现是否一致。
          doccheck eval-corpus <语料目录> [--pdf <生成方式>] [--verbose]
              对照人工预期检查语料：目录下 sources/*.txt 开头的 “// expect: 规则 | 关键文字” 是读报告、手工复算后写下的
              预期发现；逐份审核 docx/（或 pdf/<生成方式>/）中的同名文件，按规则给出召回率、精确率，
              以及无问题报告中出现错误级发现的份数。--verbose 列出每一条漏报和多报。
          doccheck eval-mutations <目录> [--rules id,…] [--seed N] [--max N] [--jobs N] [--save-variants <目录>] [--verbose]
              变异评估：对目录中每份 .docx，先检查原文，再按每条可植入的规则在每个合适位置植入一个缺陷
              （在内存副本中改动一个单元格或段落的 Word XML），检查是否恰好报告了该缺陷。按规则输出
              变体数、检出、漏报、多报、召回率和精确率；进度输出到 stderr。
              召回率 = 检出 ÷ 变体；精确率 = 检出 ÷ (检出 + 多报变体)。检出：出现该规则的新发现，且其对象、
              写明值、计算值或引文提到改动的值或指标（或证据指向改动处）。多报：其他任何新发现（改动必然
              牵动的其他规则的发现除外，例如改动一行得分后总分不符）。改动后并不构成缺陷的位置（如改动后
              仍可由原文数字算出）在检查前按算术判定并跳过，不计入。
              --rules   只评估这些规则（逗号分隔）   --seed  随机种子（默认 1；同一种子结果相同）
              --max     每份报告每条规则最多 N 个变体（按种子选取）   --jobs  并行检查数（默认等于 CPU 核数）
              --verbose 列出每个漏报或多报的变体：文件、位置、植入内容、多出的发现
              --save-variants  把漏报或多报的变体写成 .docx 放入该目录，便于用 doccheck check 复查
          doccheck bench-web <文件|目录> [--uploads 20] [--rounds 3] [--workers N] [--web <DocCheck.Web.dll>]
                             [--postgres <连接字符串> --worker-processes N [--backlog N]]
              Web 基准测试：以独立进程启动 Web 应用（内置默认存储），每轮同时上传 N 份报告，
              统计从上传到取得审核意见的延迟（中位数、p95）和服务器进程内存。需先构建 src/DocCheck.Web。
              给出 --postgres 时改用共享数据库，Web 应用不做检查，另启 N 个 doccheck worker 进程；
              再给 --backlog N 时先排队 N 份，再启动检查进程，计时它们清空队列（只测检查进程的吞吐）。
          doccheck worker [--postgres <连接字符串>] [--workers N] [--data <本地缓存目录>]
              扩展部署的检查进程：从共享的 PostgreSQL 队列领取报告检查，直到按 Ctrl+C 或收到 SIGTERM。
              可在多台机器上启动任意多个；设置与 Web 应用相同（环境变量 DocCheck__PostgreSql 等）。
          doccheck admin reset-password <用户名> [--password-stdin] [--data <数据目录>] [--postgres <连接字符串>]
              重设 Web 应用用户的密码（如遗失管理员一次性密码）：默认生成新的一次性密码并显示一次，登录后须修改；
              --password-stdin 从标准输入读取一行作为新密码。该用户已登录的会话全部失效。数据目录与数据库的设置
              与 Web 应用相同（环境变量 DOCCHECK_DATA、DocCheck__PostgreSql），选项优先。用户不存在时退出码 64。
          doccheck segment [--mode default|full|search|nohmm] [--no-domain-dict] [文件]
              中文分词（与 Python jieba 结果一致）：读取 UTF-8 文本（未给出文件时读标准输入），每行输出一个 JSON 词数组。
              --mode  default（默认，精确模式 + HMM 新词识别）、full（全模式）、search（搜索引擎模式）、nohmm（不用 HMM）
              --no-domain-dict  只用 jieba 自带词典，不加载绩效评价领域词典
          doccheck keywords [--top N] [--json] [--no-domain-dict] [文件]
              TF-IDF 关键词（同 jieba.analyse.extract_tags）：每行“词<Tab>权重”，--json 输出 JSON 数组；默认前 20 个。
          doccheck bench-segment [文件|目录 …] [--megabytes N] [--iterations N]
              分词基准测试：同一次运行中比较本实现与 Python jieba 的预热吞吐量（MB/s）、词典加载时间和分词一致比例。
          doccheck train [--data corpus/indicators/indicators.tsv] [--models models] [--feedback <数据目录>] [--seed N] [--no-save]
              训练指标分类模型（二级指标归类、指标值是否量化），在留出集上评估，写入 models/ 下的模型与模型说明，
              并输出与原模型说明相比指标的变化。--feedback 把质检员对 indicator.not-quantified / indicator.misplaced
              的确认与驳回作为额外训练样本。
          doccheck classify [--models <目录>] [文件]
              用指标分类模型判断每行“指标名称<Tab>年度指标值”：二级指标及其概率、量化/模糊及其概率。
          doccheck export-feedback <数据目录> [--out <文件.tsv>]
              导出质检反馈为训练样本（TSV，与 corpus/indicators/indicators.tsv 同格式）。
          doccheck --version | --help

        退出码：0 无错误级发现；1 有错误级发现；2 文件无法读取（原因一行输出到 stderr）；64 用法错误；
        69 所需数据不可用（如未安装 jieba 词典 python3-jieba，原因输出到 stderr）；70 内部错误。
        退出码（check）：0 无错误级发现；1 有错误级发现；2 文件无法读取（原因一行输出到 stderr）；64 用法错误；70 内部错误。
        """;

    public static int Run(IReadOnlyList<string> args, TextWriter stdout, TextWriter stderr, Func<TextReader>? stdin = null)
    {
        stdin ??= () => new StreamReader(Console.OpenStandardInput(), new System.Text.UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
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
                "bench-size" => BenchSizeCommand.Run(rest, stdout),
                "fuzz" => FuzzCommand.Run(rest, stdout, stderr),
                "eval-pdf" => EvalPdfCommand.Run(rest, stdout),
                "eval-corpus" => EvalCorpusCommand.Run(rest, stdout),
                "eval-mutations" => EvalMutationsCommand.Run(rest, stdout, stderr),
                "bench-pdf" => BenchPdfCommand.Run(rest, stdout),
                "bench-web" => BenchWebCommand.Run(rest, stdout, stderr),
                "worker" => WorkerCommand.Run(rest, stdout),
                "admin" => AdminCommand.Run(rest, stdout, stderr, stdin),
                "segment" => SegmentCommand.Run(rest, stdout, stderr, stdin),
                "keywords" => KeywordsCommand.Run(rest, stdout, stderr, stdin),
                "bench-segment" => BenchSegmentCommand.Run(rest, stdout, stderr),
                "train" => TrainCommand.Run(rest, stdout, stderr),
                "export-feedback" => ExportFeedbackCommand.Run(rest, stdout),
                "classify" => ClassifyCommand.Run(rest, stdout, stderr, stdin),
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
