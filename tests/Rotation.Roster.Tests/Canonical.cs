using System.Text.Json;
using Rotation.Domain.Loading;
using Rotation.Domain.Scenarios;

namespace Rotation.Roster.Tests;

/// <summary>
/// A scenario as compared by the round-trip tests: loaded by <see cref="ScenarioLoader"/>, which fills in every
/// default, then every property of the domain records serialised by System.Text.Json. Two files that load to equal
/// text mean the same scenario, whatever their field order or the defaults they spell out.
/// </summary>
internal static class Canonical
{
    public static string Of(Scenario scenario) => JsonSerializer.Serialize(scenario);

    public static Scenario Load(byte[] json)
    {
        var loaded = ScenarioLoader.Load(json);
        Assert.True(loaded.Succeeded, string.Join("\n", loaded.Problems));
        return loaded.Value!;
    }

    /// <summary>The scenario exported to a workbook and imported again; fails with the import's problems.</summary>
    public static Scenario Trip(Scenario scenario) => Import(RosterExport.ToBytes(scenario));

    public static Scenario Import(byte[] workbook)
    {
        var imported = RosterImport.Read(workbook);
        Assert.True(imported.Loaded.Succeeded, string.Join("\n", imported.Loaded.Problems));
        return Load(imported.Json!);
    }
}
