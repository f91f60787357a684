using Microsoft.Playwright;

namespace ThreeAssets.E2E.Tests.Infrastructure;

/// <summary>
/// One headless Debian Chromium and one portal on Kestrel for a test class. Playwright's own browser
/// download is not used: the machine's Chromium is launched directly.
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    public const string ChromiumPath = "/usr/bin/chromium";

    private IPlaywright? _playwright;

    public PortalServer Portal { get; } = new();

    public IBrowser Browser { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Portal.StartServer();
        if (!File.Exists(ChromiumPath)) return; // BrowserFact skips or fails the tests themselves.
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            // The machine has no network but loopback: stop Chromium from calling home at every start.
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                    "--disable-sync", "--no-first-run", "--disable-quic"],
            Env = BrowserEnvironment(),
        });
    }

    /// <summary>
    /// The test process's environment with a UTF-8 locale: under the POSIX locale (LANG unset, as on a bare CI
    /// machine) Chromium cannot write a download's Chinese file name and saves it as "download".
    /// </summary>
    private static Dictionary<string, string> BrowserEnvironment()
    {
        var environment = Environment.GetEnvironmentVariables().Cast<System.Collections.DictionaryEntry>()
            .ToDictionary(e => (string)e.Key, e => (string?)e.Value ?? "");
        if (!(environment.GetValueOrDefault("LC_ALL") ?? environment.GetValueOrDefault("LANG") ?? "").Contains("UTF-8", StringComparison.OrdinalIgnoreCase))
        {
            environment["LANG"] = "C.UTF-8";
            environment.Remove("LC_ALL");
        }
        return environment;
    }

    /// <summary>A fresh context (cookies, storage) at a phone's size, with the portal as base URL.</summary>
    public async Task<IPage> NewPhonePageAsync()
    {
        var context = await Browser.NewContextAsync(new()
        {
            BaseURL = Portal.BaseUrl,
            ViewportSize = new() { Width = 360, Height = 740 },
            DeviceScaleFactor = 2,
            IsMobile = true,
            HasTouch = true,
            Locale = "zh-CN",
        });
        return await context.NewPageAsync();
    }

    /// <summary>Saves a screenshot under TestResults/screenshots for people to look at.</summary>
    public static async Task ScreenshotAsync(IPage page, string name)
    {
        var dir = Path.Combine(AppContext.BaseDirectory, "screenshots");
        Directory.CreateDirectory(dir);
        await page.ScreenshotAsync(new() { Path = Path.Combine(dir, name + ".png"), FullPage = true });
    }

    public async Task DisposeAsync()
    {
        if (_playwright is not null)
        {
            await Browser.DisposeAsync();
            _playwright.Dispose();
        }
        await Portal.DisposeAsync();
    }
}
