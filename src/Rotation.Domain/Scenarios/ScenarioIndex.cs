using System.Collections.Frozen;

namespace Rotation.Domain.Scenarios;

/// <summary>Lookups by id over one scenario, built once (a scenario itself stays a plain value).</summary>
public sealed class ScenarioIndex
{
    public ScenarioIndex(Scenario scenario)
    {
        Scenario = scenario;
        Posts = scenario.Posts.ToFrozenDictionary(p => p.Id);
        Courses = scenario.Courses.ToFrozenDictionary(c => c.Id);
        Cadres = scenario.Cadres.ToFrozenDictionary(c => c.Id);
        Offices = scenario.Offices.ToFrozenDictionary(o => o.Id);
    }

    public Scenario Scenario { get; }
    public FrozenDictionary<string, Post> Posts { get; }
    public FrozenDictionary<string, Course> Courses { get; }
    public FrozenDictionary<string, Cadre> Cadres { get; }
    public FrozenDictionary<string, Office> Offices { get; }

    public Post Post(string id) => Posts.TryGetValue(id, out var p) ? p : throw new KeyNotFoundException($"unknown post \"{id}\"");
}
