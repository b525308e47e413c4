using Microsoft.Playwright;
using Rotation.Outputs.Report;
using Rotation.Service.Tests.Support;

namespace Rotation.Service.Tests.Web.Support;

/// <summary>
/// The service on Kestrel at 127.0.0.1 and Debian's chromium driven by Playwright, shared by the web app's tests. Every
/// request the pages make is recorded, so a test can tell that nothing was fetched from anywhere but the service.
/// </summary>
public sealed class Browser : IAsyncLifetime
{
    private IPlaywright _playwright = null!;
    private IBrowser _browser = null!;
    private string _home = null!;

    internal TestService Service { get; private set; } = null!;

    public Uri Address => Service.Address!;

    /// <summary>Every URL the pages have asked for, across all tests.</summary>
    public IReadOnlyCollection<string> Requested => _requested;

    private readonly System.Collections.Concurrent.ConcurrentBag<string> _requested = [];

    public async Task InitializeAsync()
    {
        Service = await TestService.StartAsync(o => o with { MaxConcurrentSolves = 2 }, kestrel: true);
        var chromium = Chromium.Find();
        Assert.True(chromium is not null, "the web app's tests drive chromium: install it with `apt-get install -y chromium` (.ci/run does)");
        // The browser keeps its profile and crash reports under HOME: a folder of its own, not the user's. Under CI's C locale
        // it could not read a file whose name is Chinese, as a user's browser can.
        _home = TempFolder.Create();
        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = chromium,
            Headless = true,
            Env = new Dictionary<string, string> { ["HOME"] = _home, ["LANG"] = "C.UTF-8" },
        });
    }

    /// <summary>A fresh browser context (no cookies) on the sign-in page.</summary>
    public async Task<IPage> OpenAsync()
    {
        var context = await _browser.NewContextAsync(new() { BaseURL = Address.ToString(), ViewportSize = new() { Width = 1280, Height = 900 } });
        context.Request += (_, request) => _requested.Add(request.Url);
        var page = await context.NewPageAsync();
        page.SetDefaultTimeout(30_000);
        await page.GotoAsync("/");
        return page;
    }

    /// <summary>
    /// A fresh context signed in with <paramref name="token"/>, on the compare page: unlike the runs page, it does not reload
    /// itself while another test's run is in flight, so the test's next navigation cannot race a reload.
    /// </summary>
    public async Task<IPage> SignInAsync(string token)
    {
        var page = await OpenAsync();
        await page.GotoAsync("/signin?ReturnUrl=%2Fcompare");
        await page.FillAsync("#token", token);
        await page.ClickAsync("button[type=submit]");
        await Assertions.Expect(page.Locator("[data-role]")).ToHaveTextAsync(token == TestService.PlannerToken ? "planner" : "viewer");
        return page;
    }

    public Task<IPage> PlannerAsync() => SignInAsync(TestService.PlannerToken);

    public Task<IPage> ViewerAsync() => SignInAsync(TestService.ViewerToken);

    /// <summary>Uploads <paramref name="json"/> on the submit page and returns on the new run's page.</summary>
    public async Task<string> SubmitAsync(IPage page, string json, string fileName, double timeLimit = 5, int? candidates = null, int? diversity = null)
    {
        await page.GotoAsync("/submit");
        await page.SetInputFilesAsync("#scenario", WebScenario.File(json, fileName));
        await page.FillAsync("#timeLimit", timeLimit.ToString(System.Globalization.CultureInfo.InvariantCulture));
        if (candidates is { } count) await page.FillAsync("#candidates", count.ToString(System.Globalization.CultureInfo.InvariantCulture));
        if (diversity is { } cells) await page.FillAsync("#diversity", cells.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await page.ClickAsync("form button[type=submit] >> text=Queue the run");
        await page.WaitForURLAsync("**/runs/*");
        return page.Url.Split('/')[^1];
    }

    /// <summary>Waits on the run's page, which reloads itself, until the run shows <paramref name="state"/>.</summary>
    public static async Task WaitForStateAsync(IPage page, string state, float seconds = 60) =>
        await Assertions.Expect(page.Locator("h1 [data-state]")).ToHaveTextAsync(state, new() { Timeout = seconds * 1000 });

    public async Task DisposeAsync()
    {
        await _browser.DisposeAsync();
        _playwright.Dispose();
        await Service.DisposeAsync();
        TempFolder.Delete(_home);
    }
}

[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<Browser>
{
    public const string Name = "web app in chromium";
}

/// <summary>Full-page screenshots of the pages, kept in $ROTATION_SCREENS when it is set (docs/screens when refreshing the README's).</summary>
internal static class Screens
{
    public static async Task KeepAsync(IPage page, string name)
    {
        if (Environment.GetEnvironmentVariable("ROTATION_SCREENS") is not { Length: > 0 } folder) return;
        Directory.CreateDirectory(folder);
        await page.ScreenshotAsync(new() { Path = Path.Combine(folder, $"web-{name}.png"), FullPage = true });
    }
}
