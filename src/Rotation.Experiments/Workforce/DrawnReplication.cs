using System.Collections.Immutable;
using System.Text.Json.Nodes;
using Rotation.Domain.Loading;
using Rotation.Domain.Scenarios;

namespace Rotation.Experiments.Workforce;

/// <summary>A draw that made some variant's scenario invalid, and why; it was drawn again.</summary>
public sealed record RejectedDraw(int Attempt, string Variant, ImmutableArray<string> Problems);

/// <summary>A variant's scenario for one replication, as written to its cell and as loaded.</summary>
public sealed record CellScenario(JsonObject Json, Scenario Scenario);

/// <summary>
/// One replication's draw applied to every variant. A draw that makes any variant's scenario invalid is drawn again for
/// all of them (keeping the pairs), and recorded in <see cref="Redraws"/>; after <see cref="MaxAttempts"/> the
/// replication has no scenarios and <see cref="Error"/> says why.
/// </summary>
public sealed record DrawnReplication(WorkforceDraw Draw, ImmutableArray<RejectedDraw> Redraws,
    ImmutableDictionary<string, CellScenario> ByVariant, string? Error)
{
    public const int MaxAttempts = 20;

    public static DrawnReplication Of(Experiment experiment, int replication)
    {
        var redraws = ImmutableArray.CreateBuilder<RejectedDraw>();
        for (var attempt = 0; attempt < MaxAttempts; attempt++)
        {
            var draw = WorkforceDrawer.Draw(experiment.BaseScenario, experiment.Workforce, experiment.Seed, replication, attempt);
            var scenarios = ImmutableDictionary.CreateBuilder<string, CellScenario>();
            RejectedDraw? rejected = null;
            foreach (var variant in experiment.Variants)
            {
                var json = WorkforceEdit.Apply(variant.Scenario, draw);
                var loaded = ScenarioLoader.Load(ScenarioEdit.ToUtf8(json));
                if (!loaded.Succeeded)
                {
                    rejected = new RejectedDraw(attempt, variant.Name, [.. loaded.Problems.Select(p => p.ToString())]);
                    break;
                }
                scenarios[variant.Name] = new CellScenario(json, loaded.Value!);
            }
            if (rejected is null) return new DrawnReplication(draw, redraws.ToImmutable(), scenarios.ToImmutable(), null);
            redraws.Add(rejected);
        }
        return new DrawnReplication(WorkforceDraw.None(replication), redraws.ToImmutable(), ImmutableDictionary<string, CellScenario>.Empty,
            $"no valid workforce draw in {MaxAttempts} attempts; see draws.json");
    }
}
