using System.Globalization;
using Rotation.Comparison;
using Rotation.Service.Tests.Web.Support;
using static Microsoft.Playwright.Assertions;

namespace Rotation.Service.Tests.Web.Pages;

[Collection(BrowserCollection.Name)]
public class CompareTests(Browser browser)
{
    [Fact]
    public async Task Two_candidates_are_compared_side_by_side_with_reasons_that_add_up_to_the_difference()
    {
        var page = await browser.PlannerAsync();
        var id = await browser.SubmitAsync(page, WebScenario.Offices, "office.json", timeLimit: 10, candidates: 2, diversity: 4);
        await Browser.WaitForStateAsync(page, "completed");
        await Expect(page.Locator("[data-candidates] tr[data-candidate]")).ToHaveCountAsync(2);
        await Screens.KeepAsync(page, "run-candidates");

        await page.ClickAsync("[data-compare-candidates]");

        await page.WaitForURLAsync("**/compare?*");
        Assert.Contains($"runs={id}%2Fcandidate-1&runs={id}%2Fcandidate-2", page.Url);
        var scores = page.Locator("[data-kpi=objective] td");
        var difference = Number(await scores.Nth(1).TextContentAsync()) - Number(await scores.Nth(0).TextContentAsync());
        var deltas = await page.Locator("[data-why='2'] [data-reason]").EvaluateAllAsync<long[]>("items => items.map(i => Number(i.dataset.delta))");
        Assert.Equal(difference, deltas.Sum());
        Assert.True(int.Parse(await page.Locator("[data-distances] tr").Nth(1).Locator("td").Nth(1).TextContentAsync() ?? "", CultureInfo.InvariantCulture) >= 4,
            "the candidates are closer than the diversity asked");
        await Expect(page.Locator("[data-verdict='2']")).ToHaveTextAsync(CompareWording.Verdict(2, difference));
        await Screens.KeepAsync(page, "compare");

        var full = await page.APIRequest.GetAsync(await page.Locator("[data-full]").First.GetAttributeAsync("href") ?? "");
        Assert.Equal(200, full.Status);
        Assert.Contains("text/html", full.Headers["content-type"]);
    }

    [Fact]
    public async Task Plans_of_unrelated_scenarios_are_refused_with_the_reason()
    {
        var page = await browser.PlannerAsync();
        var first = await browser.SubmitAsync(page, WebScenario.Offices, "office.json");
        await Browser.WaitForStateAsync(page, "completed");
        var second = await browser.SubmitAsync(page, WebScenario.Offices.Replace("\"since\": \"2025-01\"", "\"since\": \"2025-02\""), "other.json");
        await Browser.WaitForStateAsync(page, "completed");

        var response = await page.GotoAsync($"/compare?runs={first}&runs={second}");

        Assert.Equal(400, response!.Status);
        await Expect(page.Locator("[data-problem]")).ToContainTextAsync("different scenarios");
    }

    private static long Number(string? text) =>
        long.Parse((text ?? "").Replace(",", "", StringComparison.Ordinal).Replace('−', '-'), CultureInfo.InvariantCulture);
}
