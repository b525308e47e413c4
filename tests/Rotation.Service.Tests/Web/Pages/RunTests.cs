using Rotation.Service.Storage;
using Rotation.Service.Tests.Web.Support;
using static Microsoft.Playwright.Assertions;

namespace Rotation.Service.Tests.Web.Pages;

[Collection(BrowserCollection.Name)]
public class RunTests(Browser browser)
{
    [Fact]
    public async Task Pin_and_re_plan_makes_a_run_of_the_parent_that_keeps_the_pin_and_compares_with_it()
    {
        var page = await browser.PlannerAsync();
        var parent = await browser.SubmitAsync(page, WebScenario.Offices, "office.json");
        await Browser.WaitForStateAsync(page, "completed");
        await Expect(page.Locator("[data-what-if] select[name=cadre] option[value=c1]")).ToHaveTextAsync("张伟 (c1)");

        await page.SelectOptionAsync("[data-what-if] select[name=cadre]", "c1");
        await page.SelectOptionAsync("[data-what-if] select[name=post]", WebScenario.EmptyPost);
        await page.SelectOptionAsync("[data-what-if] select[name=from]", "2027-03");
        await page.SelectOptionAsync("[data-what-if] select[name=to]", "2027-08");
        await Screens.KeepAsync(page, "what-if");
        await page.ClickAsync("[data-replan]");
        await page.WaitForURLAsync(url => !url.EndsWith(parent, StringComparison.Ordinal));
        var child = page.Url.Split('/')[^1];
        await Browser.WaitForStateAsync(page, "completed");

        Assert.Equal(parent, browser.Service.Store().Get(child)!.Parent);
        await page.ClickAsync("[data-compare-parent]");
        await Expect(page.Locator("[data-kpi=holds] td").Nth(0)).ToContainTextAsync("no: breaks");
        await Expect(page.Locator("[data-kpi=holds] td").Nth(1)).ToHaveTextAsync("yes");
        await Expect(page.Locator("[data-differences] tr[data-cadre=c1]").First).ToContainTextAsync(WebScenario.EmptyPost);
        await Screens.KeepAsync(page, "compare-replan");
    }

    [Fact]
    public async Task The_what_if_of_a_candidates_run_re_plans_the_candidate_chosen_and_compares_with_it()
    {
        var page = await browser.PlannerAsync();
        var id = await browser.SubmitAsync(page, WebScenario.Offices, "office.json", timeLimit: 10, candidates: 2, diversity: 4);
        await Browser.WaitForStateAsync(page, "completed");

        await page.SelectOptionAsync("[data-what-if] select[name=plan]", "candidate-2");
        await page.SelectOptionAsync("[data-what-if] select[name=post]", WebScenario.EmptyPost);
        await page.ClickAsync("[data-replan]");
        await page.WaitForURLAsync(url => !url.EndsWith(id, StringComparison.Ordinal));
        await Browser.WaitForStateAsync(page, "completed");

        await Expect(page.Locator("[data-parent]")).ToHaveTextAsync($"{id}/candidate-2");
        await page.ClickAsync("[data-compare-parent]");
        await Expect(page.Locator("[data-kpi=holds] td").Nth(1)).ToHaveTextAsync("yes");
        Assert.Contains($"{id}/candidate-2", await page.Locator("[data-kpis] thead").TextContentAsync());
    }

    [Fact]
    public async Task Who_could_fill_this_on_a_short_post_asks_for_suggestions_each_a_plan_that_fills_it()
    {
        var page = await browser.PlannerAsync();
        await browser.SubmitAsync(page, WebScenario.Offices, "office.json");
        await Browser.WaitForStateAsync(page, "completed");
        var vacancy = page.Locator("[data-vacancies] tr[data-vacancy]").First;
        var post = await vacancy.GetAttributeAsync("data-vacancy");
        var month = (await vacancy.Locator("td").Nth(2).TextContentAsync())![..7];

        await vacancy.Locator("[data-fill]").ClickAsync();
        await page.WaitForURLAsync("**/runs/*");
        await Browser.WaitForStateAsync(page, "completed");

        Assert.Equal(new SuggestAsked(post, null, month, 5), browser.Service.Store().Get(page.Url.Split('/')[^1])!.Question);
        var suggestions = page.Locator("[data-suggestions] tr[data-suggestion]");
        Assert.InRange(await suggestions.CountAsync(), 1, 5);
        await Expect(suggestions.First).ToContainTextAsync(post!);
        await Expect(page.Locator("[data-suggestions] tr[data-suggestion='1'] a", new() { HasText = "suggestion-1.json" })).ToHaveCountAsync(1);
        await Screens.KeepAsync(page, "suggestions");

        await page.ClickAsync("[data-compare-suggestion='1']");
        await Expect(page.Locator("[data-kpi=holds] td").Nth(1)).ToHaveTextAsync("yes");
        await Expect(page.Locator("[data-differences] td", new() { HasText = post! }).First).ToBeVisibleAsync();
    }

    [Fact]
    public async Task A_question_the_plan_cannot_answer_is_shown_beside_its_form_and_queues_nothing()
    {
        var page = await browser.PlannerAsync();
        await browser.SubmitAsync(page, WebScenario.Offices, "office.json");
        await Browser.WaitForStateAsync(page, "completed");
        var before = browser.Service.Store().List(1000).Count;

        await page.SelectOptionAsync("[data-what-if] select[name=from]", "2027-09");
        await page.SelectOptionAsync("[data-what-if] select[name=to]", "2027-02");
        await page.ClickAsync("[data-replan]");

        await Expect(page.Locator("[data-what-if] [data-problems] li").First).ToContainTextAsync("from");
        Assert.Equal(before, browser.Service.Store().List(1000).Count);
    }

    [Fact]
    public async Task A_viewer_sees_no_submit_pin_suggest_or_cancel_controls_and_the_server_refuses_them()
    {
        var planner = await browser.PlannerAsync();
        var id = await browser.SubmitAsync(planner, WebScenario.Offices, "office.json");
        await Browser.WaitForStateAsync(planner, "completed");
        var viewer = await browser.ViewerAsync();
        var before = browser.Service.Store().List(1000).Count;

        await viewer.GotoAsync($"/runs/{id}");
        await Expect(viewer.Locator("[data-vacancies]")).ToHaveCountAsync(1);
        foreach (var control in new[] { "[data-nav=submit]", "[data-what-if]", "[data-ask]", "[data-fill]", "[data-cancel]", "[data-replan]" })
            await Expect(viewer.Locator(control)).ToHaveCountAsync(0);
        await Screens.KeepAsync(viewer, "run-viewer");

        var submit = await viewer.GotoAsync("/submit");
        Assert.Equal(403, submit!.Status);
        await Expect(viewer.Locator("[data-denied]")).ToContainTextAsync("planner's token");
        // A viewer's own anti-forgery token, from the sign-out form: the refusal is the role's, not the token's.
        var token = await viewer.Locator("input[name=__RequestVerificationToken]").First.GetAttributeAsync("value");
        foreach (var handler in new[] { "Replan", "Suggest", "Cancel" })
        {
            var form = viewer.APIRequest.CreateFormData().Set("__RequestVerificationToken", token!).Set("cadre", "c1").Set("post", WebScenario.EmptyPost)
                .Set("from", "2027-03").Set("month", "2027-03");
            var response = await viewer.APIRequest.PostAsync($"/runs/{id}?handler={handler}", new() { Form = form });
            Assert.Equal(403, response.Status);
        }
        Assert.Equal(before, browser.Service.Store().List(1000).Count);
    }
}
