using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.TestHost;
using Rotation.Service.Api;
using Rotation.Service.Options;
using Rotation.Service.Storage;

namespace Rotation.Service.Tests.Support;

/// <summary>The service in-process over a test server (or real Kestrel), in a data folder of its own that is deleted after.</summary>
internal sealed class TestService : IAsyncDisposable
{
    public const string PlannerToken = "planner-token-for-tests-0001";
    public const string ViewerToken = "viewer-token-for-tests-00001";

    private readonly WebApplication _app;

    private TestService(WebApplication app, ServiceOptions options)
    {
        _app = app;
        Options = options;
    }

    public ServiceOptions Options { get; }

    public Uri? Address { get; private set; }

    public IServiceProvider Services => _app.Services;

    /// <summary>The service's database, opened apart, to see what is stored.</summary>
    public RunStore Store() => new(Options.DatabasePath);

    public static ServiceOptions OptionsIn(string dataDirectory) => new()
    {
        DataDirectory = dataDirectory,
        Url = "http://127.0.0.1:0",
        PlannerToken = PlannerToken,
        ViewerToken = ViewerToken,
        Workers = 1,
        DefaultTimeLimitSeconds = 5,
        InboxPollSeconds = 0.2,
    };

    /// <summary>Starts the service on a test server, or on Kestrel at 127.0.0.1 on a free port.</summary>
    public static async Task<TestService> StartAsync(Func<ServiceOptions, ServiceOptions>? adjust = null, bool kestrel = false,
        string? dataDirectory = null)
    {
        var options = OptionsIn(dataDirectory ?? TempFolder.Create());
        options = adjust?.Invoke(options) ?? options;
        var app = ServiceApp.Build(options, TimeProvider.System, builder => { if (!kestrel) builder.WebHost.UseTestServer(); });
        await app.StartAsync();
        var service = new TestService(app, options);
        if (kestrel) service.Address = new Uri(app.Urls.Single());
        return service;
    }

    public HttpClient Client(string? token)
    {
        var client = Address is null ? _app.GetTestClient() : new HttpClient { BaseAddress = Address };
        if (token is not null) client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    public HttpClient Planner() => Client(PlannerToken);

    public HttpClient Viewer() => Client(ViewerToken);

    public async Task StopAsync() => await _app.StopAsync();

    public async ValueTask DisposeAsync()
    {
        await _app.DisposeAsync();
        TempFolder.Delete(Options.DataDirectory);
    }
}

/// <summary>The API calls the tests make, with the response checked where every test expects the same.</summary>
internal static class Calls
{
    /// <summary>As the service writes them: enums by name.</summary>
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { ServiceApp.EnumsByName } };

    public static async Task<HttpResponseMessage> PostJson(HttpClient client, string json, double? timeLimit = null) =>
        await client.PostAsync(RunsUrl(timeLimit), JsonBody(json));

    /// <summary>Submits a scenario with the query string as given, e.g. "?candidates=2".</summary>
    public static async Task<HttpResponseMessage> PostQuery(HttpClient client, string json, string query) =>
        await client.PostAsync("/api/runs" + query, JsonBody(json));

    public static async Task<HttpResponseMessage> Replan(HttpClient client, string id, string body) =>
        await client.PostAsync($"/api/runs/{id}/replan", JsonBody(body));

    public static async Task<HttpResponseMessage> Suggest(HttpClient client, string id, string body) =>
        await client.PostAsync($"/api/runs/{id}/suggestions", JsonBody(body));

    /// <summary>The errors of a 400 answer, which must hold one starting with each of <paramref name="problems"/>.</summary>
    public static async Task<string[]> Errors(HttpResponseMessage response, IEnumerable<string> problems)
    {
        Assert.Equal(System.Net.HttpStatusCode.BadRequest, response.StatusCode);
        var errors = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("errors")
            .EnumerateArray().Select(e => e.GetString()!).ToArray();
        Assert.All(problems, problem => Assert.Contains(errors, e => e.StartsWith(problem, StringComparison.Ordinal)));
        return errors;
    }

    /// <summary>The sentence of a problem details answer, which must be one.</summary>
    public static async Task<string> Detail(HttpResponseMessage response)
    {
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("detail").GetString()!;
    }

    public static StringContent JsonBody(string json) => new(json, System.Text.Encoding.UTF8, "application/json");

    public static async Task<HttpResponseMessage> PostBytes(HttpClient client, byte[] scenario, double? timeLimit = null) =>
        await client.PostAsync(RunsUrl(timeLimit), new ByteArrayContent(scenario) { Headers = { ContentType = new MediaTypeHeaderValue("application/json") } });

    /// <summary>Submits a scenario and expects 202 with the run.</summary>
    public static async Task<RunView> Submit(HttpClient client, string json, double timeLimit = 2) =>
        await Accept(await PostJson(client, json, timeLimit));

    public static async Task<RunView> Accept(HttpResponseMessage response)
    {
        Assert.Equal(System.Net.HttpStatusCode.Accepted, response.StatusCode);
        var run = await response.Content.ReadFromJsonAsync<RunView>(Json);
        Assert.Equal($"/api/runs/{run!.Run.Id}", response.Headers.Location?.OriginalString);
        Assert.NotNull(run.Warnings);
        return run;
    }

    public static async Task<RunView> Get(HttpClient client, string id) =>
        (await client.GetFromJsonAsync<RunView>($"/api/runs/{id}", Json))!;

    /// <summary>Polls the run until <paramref name="done"/> holds, for at most <paramref name="seconds"/>.</summary>
    public static async Task<RunView> WaitFor(HttpClient client, string id, Func<RunView, bool> done, double seconds = 30)
    {
        var deadline = DateTime.UtcNow.AddSeconds(seconds);
        while (true)
        {
            var run = await Get(client, id);
            if (done(run)) return run;
            Assert.True(DateTime.UtcNow < deadline, $"run {id} is still {run.Run.State} after {seconds} s");
            await Task.Delay(100);
        }
    }

    /// <summary>Reads <paramref name="location"/> until its JSON is <paramref name="done"/>.</summary>
    public static async Task<JsonElement> WaitForJson(HttpClient client, string location, Func<JsonElement, bool> done, double seconds)
    {
        var deadline = DateTime.UtcNow.AddSeconds(seconds);
        while (true)
        {
            var view = JsonDocument.Parse(await client.GetStringAsync(location)).RootElement;
            if (done(view)) return view;
            Assert.True(DateTime.UtcNow < deadline, $"{location} is not done after {seconds} s: {view}");
            await Task.Delay(200);
        }
    }

    public static Task<RunView> WaitUntilFinished(HttpClient client, string id, double seconds = 30) =>
        WaitFor(client, id, run => run.Run.Finished is not null, seconds);

    private static string RunsUrl(double? timeLimit) =>
        timeLimit is null ? "/api/runs" : FormattableString.Invariant($"/api/runs?timeLimit={timeLimit}");
}

internal static class TempFolder
{
    public static string Create()
    {
        var path = Path.Combine(Path.GetTempPath(), "rotation-service-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(path);
        return path;
    }

    public static void Delete(string path)
    {
        try { Directory.Delete(path, recursive: true); }
        catch (IOException) { /* a file still held open by a stopped solve; the temp folder is cleaned later */ }
    }
}
