namespace ThreeAssets.E2E.Tests.Infrastructure;

/// <summary>
/// A browser test. On a developer machine without Chromium it is skipped with the reason;
/// on CI (CI=true) it runs and fails, so a missing browser can never turn the suite silently green.
/// </summary>
public sealed class BrowserFactAttribute : FactAttribute
{
    public BrowserFactAttribute()
    {
        if (!File.Exists(BrowserFixture.ChromiumPath) && !IsCi)
            Skip = $"Chromium not found at {BrowserFixture.ChromiumPath}; install it (apt-get install chromium) to run browser tests.";
    }

    private static bool IsCi => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);
}
