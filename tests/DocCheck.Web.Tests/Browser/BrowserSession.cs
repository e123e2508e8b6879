using OpenQA.Selenium;
using OpenQA.Selenium.Chrome;

namespace DocCheck.Web.Tests.Browser;

/// <summary>
/// Debian's headless Chromium driven through chromium-driver, downloading into a folder of its own.
/// The packages come from the project's setup script (<c>scripts/setup</c>, called by <c>.ci/run</c>).
/// </summary>
internal sealed class BrowserSession : IDisposable
{
    public const string ChromiumPath = "/usr/bin/chromium";
    public const string DriverPath = "/usr/bin/chromedriver";

    private static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(200);

    private BrowserSession(ChromeDriver driver, string downloads, Uri baseAddress)
    {
        Driver = driver;
        DownloadDirectory = downloads;
        BaseAddress = baseAddress;
    }

    public ChromeDriver Driver { get; }

    public string DownloadDirectory { get; }

    public Uri BaseAddress { get; }

    /// <summary>Why a browser cannot be started here, or null when it can.</summary>
    public static string? MissingReason() =>
        File.Exists(ChromiumPath) && File.Exists(DriverPath)
            ? null
            : $"没有 {ChromiumPath} 或 {DriverPath}：请运行 scripts/setup 安装 Debian 软件包 chromium 与 chromium-driver";

    public static BrowserSession Start(Uri baseAddress)
    {
        var downloads = Directory.CreateTempSubdirectory("doccheck-downloads-").FullName;
        var options = new ChromeOptions { BinaryLocation = ChromiumPath };
        options.AddArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu", "--window-size=1400,1000", "--lang=zh-CN");
        options.AddUserProfilePreference("download.default_directory", downloads);
        options.AddUserProfilePreference("download.prompt_for_download", false);
        options.AddUserProfilePreference("safebrowsing.enabled", false);

        var service = ChromeDriverService.CreateDefaultService(Path.GetDirectoryName(DriverPath)!, Path.GetFileName(DriverPath));
        service.HideCommandPromptWindow = true;
        service.SuppressInitialDiagnosticInformation = true;
        var driver = new ChromeDriver(service, options, TimeSpan.FromSeconds(60));
        driver.Manage().Timeouts().PageLoad = TimeSpan.FromSeconds(60);
        return new BrowserSession(driver, downloads, baseAddress);
    }

    public void Open(string path) => Driver.Navigate().GoToUrl(new Uri(BaseAddress, path));

    public IWebElement Find(string css) => Driver.FindElement(By.CssSelector(css));

    public IReadOnlyList<IWebElement> FindAll(string css) => Driver.FindElements(By.CssSelector(css));

    public void SignIn(string userName, string password)
    {
        Open("/account/login");
        Find("input[name=UserName]").SendKeys(userName);
        Find("input[name=Password]").SendKeys(password);
        Find("#sign-in").Click();
        WaitFor(() => !Driver.Url.Contains("/account/login", StringComparison.Ordinal), $"{userName} 登录后仍停在登录页：{Driver.PageSource}");
    }

    public void SignOut() => Open("/account/logout");

    /// <summary>Waits until <paramref name="condition"/> holds; stale elements from a reload count as "not yet".</summary>
    public void WaitFor(Func<bool> condition, string failure, int seconds = 60)
    {
        var deadline = DateTime.UtcNow.AddSeconds(seconds);
        while (true)
        {
            try
            {
                if (condition())
                {
                    return;
                }
            }
            catch (Exception ex) when (ex is StaleElementReferenceException or NoSuchElementException)
            {
                // The page is reloading under us; ask again.
            }

            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"{seconds} s 后仍未满足（页面 {Driver.Url}）：{failure}");
            }

            Thread.Sleep(PollInterval);
        }
    }

    /// <summary>The one completed download whose name ends with <paramref name="extension"/>.</summary>
    public string WaitForDownload(string extension)
    {
        string? found = null;
        WaitFor(
            () =>
            {
                found = Directory.EnumerateFiles(DownloadDirectory, "*" + extension).FirstOrDefault();
                return found is not null;
            },
            $"下载目录里没有 {extension} 文件",
            seconds: 30);
        return found!;
    }

    public void Dispose()
    {
        Driver.Quit();
        Driver.Dispose();
        try
        {
            Directory.Delete(DownloadDirectory, recursive: true);
        }
        catch (IOException)
        {
            // A temp folder left behind is harmless.
        }
    }
}
