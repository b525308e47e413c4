using Rotation.Domain.Plans;
using Rotation.Outputs.Tests.Support;

namespace Rotation.Comparison.Tests.Support;

/// <summary>The bundled plan against the same plan with one cadre sent to another office for the last months.</summary>
internal static class Bundled
{
    /// <summary>c03 holds legal-edu in the horizon's last three months instead of what the bundled plan gives.</summary>
    public static Plan Changed { get; } = Seed.Plan with
    {
        Assignments = [.. Seed.Plan.Assignments.Select(a => a.Cadre == "c03" ? a with { Posts = [.. a.Posts.SkipLast(3), "legal-edu", "legal-edu", "legal-edu"] } : a)],
    };

    public static PlanComparison Comparison { get; } =
        PlanComparison.Of(Seed.Scenario, [new NamedPlan("pku-branch.plan.json", Seed.Plan), new NamedPlan("changed.json", Changed)]);
}
