using Rotation.Service.Api;

namespace Rotation.Service.Tests.Support;

/// <summary>
/// One service with three finished runs of the tiny scenario, solved once for the tests that only read them: two single
/// plans and a run of two candidates at least a cell apart.
/// </summary>
public sealed class SolvedRuns : IAsyncLifetime
{
    public const string CandidatesQuery = "?timeLimit=3&candidates=2&diversity=1";

    internal TestService Service { get; private set; } = null!;

    public RunView First { get; private set; } = null!;

    public RunView Second { get; private set; } = null!;

    public RunView Candidates { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Service = await TestService.StartAsync(o => o with { MaxConcurrentSolves = 2 });
        var planner = Service.Planner();
        var candidates = await Calls.Accept(await Calls.PostQuery(planner, Scenarios.Tiny, CandidatesQuery));
        var first = await Calls.Submit(planner, Scenarios.Tiny);
        var second = await Calls.Submit(planner, Scenarios.Tiny);
        Candidates = await Calls.WaitUntilFinished(planner, candidates.Run.Id);
        First = await Calls.WaitUntilFinished(planner, first.Run.Id);
        Second = await Calls.WaitUntilFinished(planner, second.Run.Id);
    }

    public async Task DisposeAsync() => await Service.DisposeAsync();
}

[CollectionDefinition(Name)]
public sealed class SolvedRunsCollection : ICollectionFixture<SolvedRuns>
{
    public const string Name = "solved runs";
}
