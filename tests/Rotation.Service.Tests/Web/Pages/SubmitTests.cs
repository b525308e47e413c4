using Rotation.Service.Tests.Web.Support;
using static Microsoft.Playwright.Assertions;

namespace Rotation.Service.Tests.Web.Pages;

[Collection(BrowserCollection.Name)]
public class SubmitTests(Browser browser)
{
    [Fact]
    public async Task A_planner_submits_a_scenario_and_watches_the_run_finish_with_its_files_and_report()
    {
        var page = await browser.PlannerAsync();
        await page.GotoAsync("/submit");
        await Screens.KeepAsync(page, "submit");

        var id = await browser.SubmitAsync(page, WebScenario.Offices, "轮岗试点.json");
        await Browser.WaitForStateAsync(page, "completed");

        await Expect(page.Locator("[data-plan-status]")).ToHaveTextAsync("Optimal");
        await Expect(page.Locator("[data-files] a", new() { HasText = "plan.json" })).ToHaveAttributeAsync("href", $"/api/runs/{id}/plan.json");
        var report = page.FrameLocator("iframe[data-report]");
        await Expect(report.Locator("h1")).ToHaveTextAsync("Rotation plan");
        await Expect(report.Locator("body")).ToContainTextAsync("张伟");
        var plan = await page.APIRequest.GetAsync($"/api/runs/{id}/plan.json");
        Assert.Equal(200, plan.Status);
        await Screens.KeepAsync(page, "run");

        await page.GotoAsync("/");
        await Expect(page.Locator($"tr[data-run='{id}']")).ToHaveAttributeAsync("data-state", "completed");
        await Expect(page.Locator($"tr[data-run='{id}'] td").Nth(1)).ToHaveTextAsync("轮岗试点.json");
        await Screens.KeepAsync(page, "runs");
    }

    [Fact]
    public async Task A_scenario_with_problems_lists_them_all_and_queues_nothing()
    {
        var page = await browser.PlannerAsync();
        var before = browser.Service.Store().List(1000).Count;
        var broken = WebScenario.Offices.Replace("\"post\": \"net-1\"", "\"post\": \"net-9\"").Replace("\"months\": 12", "\"months\": 0");

        await page.GotoAsync("/submit");
        await page.SetInputFilesAsync("#scenario", WebScenario.File(broken, "broken.json"));
        await page.ClickAsync("text=Queue the run");

        var problems = page.Locator("[data-problems] li");
        await Expect(problems.Filter(new() { HasText = "$.cadres[0].post" })).ToContainTextAsync("net-9");
        await Expect(problems.Filter(new() { HasText = "$.horizon.months" })).ToHaveCountAsync(1);
        Assert.Equal(before, browser.Service.Store().List(1000).Count);
        await Screens.KeepAsync(page, "submit-problems");
    }

    [Fact]
    public async Task A_roster_workbook_is_uploaded_like_a_json_file_and_its_problems_name_sheet_and_cell()
    {
        var page = await browser.PlannerAsync();
        var folder = Service.Tests.Support.TempFolder.Create();
        var good = Path.Combine(folder, "tiny.xlsx");
        var broken = Path.Combine(folder, "broken.xlsx");
        File.WriteAllBytes(good, Service.Tests.Support.Scenarios.TinyWorkbook());
        File.WriteAllBytes(broken, Service.Tests.Support.Scenarios.TinyWorkbook(firstPost: "a2"));

        await page.GotoAsync("/submit");
        await page.SetInputFilesAsync("#scenario", broken);
        await page.ClickAsync("text=Queue the run");
        await Expect(page.Locator("[data-problems] li")).ToHaveTextAsync("Cadres!D2: unknown post \"a2\"; did you mean \"a1\"? (ids come from sheet Posts)");
        await page.SetInputFilesAsync("#scenario", good);
        await page.ClickAsync("text=Queue the run");
        await page.WaitForURLAsync("**/runs/*");

        Assert.Equal("api/tiny.xlsx", browser.Service.Store().Get(page.Url.Split('/')[^1])!.Source);
    }

    [Fact]
    public async Task A_planner_cancels_a_running_solve_from_its_page()
    {
        var page = await browser.PlannerAsync();
        var id = await browser.SubmitAsync(page, System.Text.Encoding.UTF8.GetString(Service.Tests.Support.Scenarios.Seed), "pku-branch.json", timeLimit: 120);
        await Browser.WaitForStateAsync(page, "running");

        await page.ClickAsync("[data-cancel]");

        await Browser.WaitForStateAsync(page, "cancelled", 30);
        Assert.Equal(Service.Storage.RunState.Cancelled, browser.Service.Store().Get(id)!.State);
    }
}
