using Rotation.Domain.Loading;
using Rotation.Domain.Plans;
using Rotation.Domain.Scenarios;
using Rotation.Outputs.Views;

namespace Rotation.Outputs.Tests.Support;

/// <summary>The shipped founding case and its checked plan, loaded once with the product's own loaders.</summary>
internal static class Seed
{
    public static Scenario Scenario { get; } = ScenarioLoader.Load(File.ReadAllBytes(Repo.PathTo("datasets/pku-branch.json"))).Value!;
    public static Plan Plan { get; } = PlanLoader.Load(File.ReadAllBytes(Repo.PathTo("datasets/pku-branch.plan.json"))).Value!;
    public static PlanView View { get; } = new(Scenario, Plan);

    /// <summary>The clock the golden files were made with.</summary>
    public static readonly DateTimeOffset Made = new(2026, 12, 1, 9, 30, 0, TimeSpan.Zero);
}

/// <summary>A clock that always reads the same instant, so dated outputs compare byte for byte.</summary>
internal sealed class FixedClock(DateTimeOffset now) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => now;
}
