using Microsoft.Extensions.Configuration;
using Rotation.Service.Options;

namespace Rotation.Service.Tests.Options;

public class ServiceOptionsReaderTests
{
    private const string Token = "a-token-of-enough-length";

    [Fact]
    public void With_only_a_planner_token_every_other_setting_has_its_default()
    {
        var (options, problems) = Read(("PlannerToken", Token));

        Assert.Empty(problems);
        Assert.Equal(new ServiceOptions { PlannerToken = Token }, options);
        Assert.Equal("http://127.0.0.1:5080", options!.Url);
    }

    [Fact]
    public void The_service_refuses_to_start_without_a_token()
    {
        var (options, problems) = Read();

        Assert.Null(options);
        Assert.Contains(problems, p => p.StartsWith("PlannerToken, ViewerToken: no token is configured"));
    }

    [Fact]
    public void Every_problem_is_reported_at_once()
    {
        var (options, problems) = Read(("PlannerToken", "short"), ("ViewerToken", "short"), ("MaxConcurrentSolves", "many"),
            ("Workers", "0"), ("DefaultTimeLimitSeconds", "7200"), ("MaxRequestBytes", "10"), ("Url", "ftp://x"));

        Assert.Null(options);
        Assert.Equal(
            [
                "MaxConcurrentSolves: \"many\" is not a whole number",
                "Url: \"ftp://x\" is not an address to listen on; write it like http://127.0.0.1:5080",
                "PlannerToken: 5 characters; use a random string of at least 16 (e.g. openssl rand -base64 24)",
                "ViewerToken: 5 characters; use a random string of at least 16 (e.g. openssl rand -base64 24)",
                "ViewerToken: the same as PlannerToken, so viewers could submit and cancel; give each role its own token",
                "Workers: 0; use 1 to 256, or leave it unset for all cores",
                "DefaultTimeLimitSeconds: 7200; use more than 0 and at most MaxTimeLimitSeconds (3600)",
                "MaxRequestBytes: 10; use 1024 to 67108864 (the largest scenario file read)",
            ], problems);
    }

    [Theory]
    [InlineData("http://0.0.0.0:5080")]
    [InlineData("http://192.168.1.10:5080")]
    public void An_address_reachable_from_other_machines_needs_AllowRemote(string url)
    {
        Assert.Contains(Read(("PlannerToken", Token), ("Url", url)).Problems, p => p.Contains("AllowRemote=true"));
        Assert.Empty(Read(("PlannerToken", Token), ("Url", url), ("AllowRemote", "true")).Problems);
    }

    [Theory]
    [InlineData("http://127.0.0.1:0")]
    [InlineData("http://localhost:5080")]
    [InlineData("http://[::1]:5080")]
    public void Loopback_addresses_are_accepted(string url) => Assert.Empty(Read(("PlannerToken", Token), ("Url", url)).Problems);

    [Fact]
    public void With_a_store_an_api_node_may_solve_nothing_itself()
    {
        var (options, problems) = Read(("PlannerToken", Token), ("Store", "Host=db;Database=rotation"), ("MaxConcurrentSolves", "0"));

        Assert.Empty(problems);
        Assert.Equal(("Host=db;Database=rotation", 0, 30.0), (options!.Store, options.MaxConcurrentSolves, options.RedeliverAfterSeconds));
    }

    [Fact]
    public void A_redelivery_too_soon_to_tell_a_dead_worker_from_a_busy_one_is_refused()
    {
        var (_, problems) = Read(("PlannerToken", Token), ("Store", "Host=db"), ("RedeliverAfterSeconds", "2"));

        Assert.Equal(["RedeliverAfterSeconds: 2; use 5 to 3600"], problems);
    }

    [Fact]
    public void A_worker_needs_a_store_but_no_token()
    {
        var config = new ConfigurationBuilder().AddInMemoryCollection([new("Store", "Host=db")]).Build();

        Assert.Empty(ServiceOptionsReader.ReadWorker(config).Problems);
        Assert.Contains(ServiceOptionsReader.ReadWorker(new ConfigurationBuilder().Build()).Problems, p => p.StartsWith("Store: not set"));
    }

    [Fact]
    public void Building_the_service_with_unchecked_wrong_options_fails_with_every_problem()
    {
        var error = Assert.Throws<ArgumentException>(() => ServiceApp.Build(new ServiceOptions { MaxConcurrentSolves = 0 }, TimeProvider.System));

        Assert.Contains("no token is configured", error.Message);
        Assert.Contains("MaxConcurrentSolves: 0", error.Message);
    }

    private static (ServiceOptions? Options, IReadOnlyList<string> Problems) Read(params (string Key, string Value)[] settings) =>
        ServiceOptionsReader.Read(new ConfigurationBuilder()
            .AddInMemoryCollection(settings.Select(s => new KeyValuePair<string, string?>(s.Key, s.Value)))
            .Build());
}
