using System.Collections.Immutable;
using FsCheck;
using FsCheck.Fluent;
using Rotation.Checking;
using Rotation.Domain.Loading;
using Rotation.Domain.Plans;
using Rotation.Solver.Construction;

namespace Rotation.Generation.Tests;

public class ScenarioGeneratorTests
{
    [Fact]
    public void The_same_options_give_the_same_file_and_another_seed_another()
    {
        var options = new GeneratorOptions(3, 40, 24, Seed: 7);

        Assert.Equal(ScenarioGenerator.Generate(options), ScenarioGenerator.Generate(options));
        Assert.NotEqual(ScenarioGenerator.Generate(options), ScenarioGenerator.Generate(options with { Seed = 8 }));
    }

    [Fact]
    public void Every_bad_option_is_reported_at_once()
    {
        var problems = new GeneratorOptions(0, 1, 0, 1).Problems();

        Assert.Equal(["--offices", "--cadres", "--months"], problems.Select(p => p.Option));
    }

    /// <summary>Feasible by construction: the scenario loads and "stay put, move to the pool when forced" keeps every hard rule.</summary>
    [FsCheck.Xunit.Property(MaxTest = 300)]
    public Property A_generated_scenario_loads_and_the_stay_put_plan_keeps_every_hard_rule()
    {
        var shapes =
            from offices in Gen.Choose(1, 4)
            from perOffice in Gen.Choose(2, 12)
            from months in Gen.Choose(1, GeneratorOptions.MaxMonths)
            from seed in Gen.Choose(0, 10_000)
            select new GeneratorOptions(offices, offices * perOffice, months, seed);
        return Prop.ForAll(shapes.ToArbitrary(), options =>
        {
            var loaded = ScenarioLoader.Load(ScenarioGenerator.Generate(options));
            Assert.Empty(loaded.Problems);
            var scenario = loaded.Value!;
            var rows = StayPutPlanner.Plan(scenario).ToDictionary(r => r.Key, r => (IReadOnlyList<string?>)r.Value);
            var plan = PlanAssembler.Assemble(scenario, new Decisions(rows, ImmutableArray<Training>.Empty), PlanStatus.Feasible,
                Terms.Zero, 0, 0, 0);

            // Terms and objective are left at zero here; every other rule must hold.
            var broken = PlanChecker.Check(scenario, plan).Violations.Where(v => v.Code is not ("§4" or "H2")).ToList();
            Assert.True(broken.Count == 0, $"{options}: {string.Join("; ", broken.Take(5))}");
        });
    }
}
