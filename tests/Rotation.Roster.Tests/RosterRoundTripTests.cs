using FsCheck;
using FsCheck.Fluent;
using Rotation.Generation;

namespace Rotation.Roster.Tests;

/// <summary>import(export(S)) is S (SPEC §10), compared as <see cref="Canonical"/> text: both loaded, defaults filled in.</summary>
public class RosterRoundTripTests
{
    [Fact]
    public void The_bundled_dataset_survives_the_trip_with_its_chinese_names()
    {
        var scenario = Canonical.Load(File.ReadAllBytes(Repo.PathTo("datasets/pku-branch.json")));

        var trip = Canonical.Trip(scenario);

        Assert.Equal(Canonical.Of(scenario), Canonical.Of(trip));
        Assert.Equal(scenario.Offices.Select(o => o.Name), trip.Offices.Select(o => o.Name));
        Assert.Contains("网络安全", trip.Offices[0].Name);
    }

    [Fact]
    public void The_template_example_survives_the_trip_with_its_published_plan_pins_and_avoidance()
    {
        using var resource = typeof(RosterExport).Assembly.GetManifestResourceStream(RosterExport.TemplateResource)!;
        using var json = new MemoryStream();
        resource.CopyTo(json);
        var scenario = Canonical.Load(json.ToArray());

        var trip = Canonical.Import(RosterExport.Template());

        Assert.Equal(Canonical.Of(scenario), Canonical.Of(trip));
        Assert.Equal("c01: cyber-ops-1", $"{trip.Published!.Assignments[0].Cadre}: {string.Join(",", trip.Published.Assignments[0].Posts)}");
        Assert.Equal("c02", Assert.Single(trip.Cadres[0].Avoid));
        Assert.Single(trip.Cadres[0].Pins);
    }

    [FsCheck.Xunit.Property(MaxTest = 25)]
    public Property Generated_scenarios_survive_the_trip()
    {
        var shapes =
            from offices in Gen.Choose(1, 3)
            from perOffice in Gen.Choose(2, 5)
            from months in Gen.Choose(1, 24)
            from seed in Gen.Choose(0, 10_000)
            select new GeneratorOptions(offices, offices * perOffice, months, seed);
        return Prop.ForAll(shapes.ToArbitrary(), options =>
        {
            var scenario = Canonical.Load(ScenarioGenerator.Generate(options));
            Assert.Equal(Canonical.Of(scenario), Canonical.Of(Canonical.Trip(scenario)));
        });
    }

    [FsCheck.Xunit.Property(MaxTest = 10)]
    public Property Planted_scenarios_with_pins_survive_the_trip()
    {
        var shapes =
            from offices in Gen.Choose(3, 4)
            from cadres in Gen.Choose(12, 24)
            from months in Gen.Choose(12, 24)
            from seed in Gen.Choose(0, 10_000)
            from pins in Gen.Choose(0, 3)
            select new PlantedOptions(offices, cadres, months, seed, pins);
        return Prop.ForAll(shapes.ToArbitrary(), options =>
        {
            var scenario = Canonical.Load(PlantedGenerator.Generate(options).Scenario);
            Assert.Equal(Canonical.Of(scenario), Canonical.Of(Canonical.Trip(scenario)));
        });
    }
}
