using OpenQA.Selenium;
using OpenQA.Selenium.Chrome;
using OpenQA.Selenium.Support.UI;

namespace Nop.Plugin.Misc.TriggerMail.Tests.Harness.Browser;

/// <summary>
/// Headless Debian Chromium driven through chromedriver (both installed by .ci/run), pointed at a site on
/// 127.0.0.1. Screenshots go to artifacts/screenshots/ for a person to look at.
/// </summary>
public sealed class BrowserSession : IDisposable
{
    public const string ChromiumPath = "/usr/bin/chromium";
    public const string ChromeDriverPath = "/usr/bin/chromedriver";

    private readonly string _profile = Directory.CreateTempSubdirectory("triggermail-chromium-").FullName;

    public BrowserSession(string baseAddress, int width = 1400, int height = 1000)
    {
        if (!File.Exists(ChromiumPath) || !File.Exists(ChromeDriverPath))
            throw new InvalidOperationException($"Browser tests need Debian's chromium and chromium-driver ({ChromiumPath}, {ChromeDriverPath}); .ci/run installs them (apt-get install chromium chromium-driver).");

        BaseAddress = baseAddress.TrimEnd('/');
        var options = new ChromeOptions { BinaryLocation = ChromiumPath };
        options.AddArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
            "--disable-background-networking", "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage",
            $"--window-size={width},{height}", $"--user-data-dir={_profile}");
        var service = ChromeDriverService.CreateDefaultService(Path.GetDirectoryName(ChromeDriverPath), Path.GetFileName(ChromeDriverPath));
        service.SuppressInitialDiagnosticInformation = true;
        service.HideCommandPromptWindow = true;
        Driver = new ChromeDriver(service, options, TimeSpan.FromSeconds(90));
        Driver.Manage().Timeouts().PageLoad = TimeSpan.FromSeconds(60);
    }

    public ChromeDriver Driver { get; }

    public string BaseAddress { get; }

    public static string ScreenshotFolder => RepositoryRoot.Combine("artifacts", "screenshots");

    public void Open(string path) => Driver.Navigate().GoToUrl(BaseAddress + path);

    public IWebElement Find(string css) => Wait(d => d.FindElements(By.CssSelector(css)).FirstOrDefault(e => e.Displayed), $"a visible element {css}");

    public IReadOnlyList<IWebElement> FindAll(string css) => Driver.FindElements(By.CssSelector(css));

    public void Click(string css) => Find(css).Click();

    public void Type(string css, string text, bool clear = true)
    {
        var element = Find(css);
        if (clear)
            element.Clear();
        element.SendKeys(text);
    }

    public void Select(string css, string optionText) =>
        Find(css).FindElements(By.TagName("option")).First(o => o.Text.Trim() == optionText).Click();

    public void SelectValue(string css, string value) =>
        Find(css).FindElements(By.TagName("option")).First(o => o.GetAttribute("value") == value).Click();

    public object Script(string script, params object[] args) => Driver.ExecuteScript(script, args);

    /// <summary>Waits until <paramref name="condition"/> returns a non-null/true value (AJAX, rendering).</summary>
    public T Wait<T>(Func<IWebDriver, T> condition, string what, int seconds = 20)
    {
        var wait = new WebDriverWait(Driver, TimeSpan.FromSeconds(seconds)) { Message = "Waited for " + what };
        wait.IgnoreExceptionTypes(typeof(NoSuchElementException), typeof(StaleElementReferenceException));
        return wait.Until(condition);
    }

    public void WaitForText(string css, string text, int seconds = 20) =>
        Wait(d => d.FindElements(By.CssSelector(css)).Any(e => e.Text.Contains(text, StringComparison.Ordinal)), $"'{text}' in {css}", seconds);

    /// <summary>Saves a PNG of the page to artifacts/screenshots/{name}.png and returns its path.</summary>
    public string Screenshot(string name)
    {
        Directory.CreateDirectory(ScreenshotFolder);
        var path = Path.Combine(ScreenshotFolder, name + ".png");
        var height = Convert.ToInt32(Script("return Math.max(document.body.scrollHeight, document.documentElement.scrollHeight);"));
        var size = Driver.Manage().Window.Size;
        Driver.Manage().Window.Size = new System.Drawing.Size(size.Width, Math.Clamp(height, 600, 4000));
        Driver.GetScreenshot().SaveAsFile(path);
        Driver.Manage().Window.Size = size;
        return path;
    }

    /// <summary>JavaScript errors the page logged (the browser's console, severe entries).</summary>
    public IReadOnlyList<string> ConsoleErrors() =>
        Driver.Manage().Logs.GetLog(LogType.Browser).Where(e => e.Level == LogLevel.Severe).Select(e => e.Message).ToList();

    public void Dispose()
    {
        Driver.Quit();
        Driver.Dispose();
        try
        {
            Directory.Delete(_profile, recursive: true);
        }
        catch (IOException)
        {
            // Chromium may still hold a lock file for a moment; the temp folder is cleaned by the OS.
        }
    }
}
