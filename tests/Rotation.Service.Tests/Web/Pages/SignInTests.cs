using Microsoft.Playwright;
using Rotation.Service.Tests.Support;
using Rotation.Service.Tests.Web.Support;
using static Microsoft.Playwright.Assertions;

namespace Rotation.Service.Tests.Web.Pages;

[Collection(BrowserCollection.Name)]
public class SignInTests(Browser browser)
{
    [Fact]
    public async Task The_token_becomes_an_HttpOnly_SameSite_Strict_session_cookie_and_the_header_names_the_role()
    {
        var page = await browser.PlannerAsync();

        var session = (await page.Context.CookiesAsync()).Single(c => c.Name == Service.Web.WebApp.SessionCookie);
        Assert.True(session.HttpOnly);
        Assert.Equal(SameSiteAttribute.Strict, session.SameSite);
        Assert.Equal(-1, session.Expires);
        await Expect(page.Locator("[data-role]")).ToHaveTextAsync("planner");
        Assert.DoesNotContain(TestService.PlannerToken, await page.ContentAsync());
    }

    [Fact]
    public async Task A_wrong_token_is_refused_with_a_sentence_and_no_session()
    {
        var page = await browser.OpenAsync();
        await Screens.KeepAsync(page, "signin");

        await page.FillAsync("#token", "not-a-token-of-this-service");
        var response = await page.RunAndWaitForResponseAsync(() => page.ClickAsync("button[type=submit]"), r => r.Request.Method == "POST");

        Assert.Equal(401, response.Status);
        await Expect(page.Locator("[data-problem]")).ToContainTextAsync("neither the planner's nor the viewer's");
        Assert.DoesNotContain(await page.Context.CookiesAsync(), c => c.Name == Service.Web.WebApp.SessionCookie);
    }

    [Fact]
    public async Task A_page_asked_for_before_signing_in_is_shown_after_it()
    {
        var page = await browser.OpenAsync();
        await page.GotoAsync("/compare");
        Assert.Contains("/signin?ReturnUrl=%2Fcompare", page.Url);

        await page.FillAsync("#token", TestService.ViewerToken);
        await page.ClickAsync("button[type=submit]");

        await page.WaitForURLAsync("**/compare");
        await Expect(page.Locator("h1")).ToHaveTextAsync("Compare plans");
    }

    [Fact]
    public async Task Signing_out_ends_the_session()
    {
        var page = await browser.ViewerAsync();

        await page.ClickAsync("text=Sign out");
        await page.GotoAsync("/");

        Assert.Contains("/signin", page.Url);
        Assert.DoesNotContain(await page.Context.CookiesAsync(), c => c.Name == Service.Web.WebApp.SessionCookie);
    }
}
