using Microsoft.Playwright;
using Rotation.Service.Tests.Support;
using Rotation.Service.Tests.Web.Support;

namespace Rotation.Service.Tests.Web;

/// <summary>What the session may and may not do beyond the pages, and what the pages fetch.</summary>
[Collection(BrowserCollection.Name)]
public class WebAppTests(Browser browser)
{
    [Fact]
    public async Task A_session_reads_the_API_but_cannot_write_to_it()
    {
        var page = await browser.PlannerAsync();

        var read = await page.APIRequest.GetAsync("/api/runs");
        var write = await page.APIRequest.PostAsync("/api/runs", new() { Data = WebScenario.Offices, Headers = new Dictionary<string, string> { ["Content-Type"] = "application/json" } });

        Assert.Equal(200, read.Status);
        Assert.Equal(401, write.Status);
    }

    [Fact]
    public async Task A_form_posted_without_its_anti_forgery_token_is_refused_and_queues_nothing()
    {
        var page = await browser.PlannerAsync();
        var before = browser.Service.Store().List(1000).Count;

        var response = await page.APIRequest.PostAsync("/submit", new()
        {
            Multipart = page.APIRequest.CreateFormData().Set("scenario",
            new FilePayload { Name = "office.json", MimeType = "application/json", Buffer = System.Text.Encoding.UTF8.GetBytes(WebScenario.Offices) })
        });

        Assert.Equal(400, response.Status);
        Assert.Equal(before, browser.Service.Store().List(1000).Count);
    }

    [Fact]
    public async Task The_pages_fetch_nothing_from_anywhere_but_the_service_and_run_no_script()
    {
        var page = await browser.PlannerAsync();
        foreach (var path in new[] { "/", "/submit", "/compare" })
        {
            var response = await page.GotoAsync(path);
            Assert.Contains("script-src 'none'", response!.Headers["content-security-policy"]);
            Assert.Equal(0, await page.Locator("script").CountAsync());
        }

        Assert.All(browser.Requested, url => Assert.StartsWith(browser.Address.GetLeftPart(UriPartial.Authority), url));
    }

    [Fact]
    public async Task Without_a_session_the_API_still_answers_401_with_its_problem_not_a_sign_in_page()
    {
        using var client = browser.Service.Client(null);

        var response = await client.GetAsync("/api/runs");

        Assert.Equal(System.Net.HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Contains("Authorization: Bearer", await Calls.Detail(response));
    }
}
