using System.Collections;
using System.Diagnostics.CodeAnalysis;
using Rotation.Domain.Scenarios;

namespace Rotation.Solver.Model;

/// <summary>
/// A plan's rows: for each cadre of a scenario, in the scenario's order, the post held in each month (null while absent).
/// Never changed in place: a change gives a new roster that shares the rows it leaves alone, so a draft costs one array
/// of references. Read by cadre id like the plan file, or by the cadre's number.
/// </summary>
internal sealed class Roster : IReadOnlyDictionary<string, string?[]>
{
    private readonly ScenarioFacts _facts;
    private readonly string?[][] _rows;

    private Roster(ScenarioFacts facts, string?[][] rows) => (_facts, _rows) = (facts, rows);

    /// <summary>The roster of <paramref name="rows"/>, which hold a row for every cadre of the scenario.</summary>
    public static Roster Of(Scenario scenario, IReadOnlyDictionary<string, string?[]> rows) =>
        rows is Roster roster && ReferenceEquals(roster._facts.Scenario, scenario)
            ? roster
            : new Roster(ScenarioFacts.Of(scenario), [.. scenario.Cadres.Select(c => rows[c.Id])]);

    public string?[] this[string cadre] => _rows[_facts.CadreNumber[cadre]];

    /// <summary>The row of the cadre numbered <paramref name="cadre"/> in the scenario's order.</summary>
    public string?[] this[int cadre] => _rows[cadre];

    public int Count => _rows.Length;

    /// <summary>This roster with one cadre's row replaced.</summary>
    public Roster With(string cadre, string?[] row)
    {
        var rows = (string?[][])_rows.Clone();
        rows[_facts.CadreNumber[cadre]] = row;
        return new Roster(_facts, rows);
    }

    /// <summary>This roster with two cadres' rows replaced.</summary>
    public Roster With(string first, string?[] firstRow, string second, string?[] secondRow)
    {
        var rows = (string?[][])_rows.Clone();
        rows[_facts.CadreNumber[first]] = firstRow;
        rows[_facts.CadreNumber[second]] = secondRow;
        return new Roster(_facts, rows);
    }

    /// <summary>This roster with the given cadres' rows replaced, or this one when there are none.</summary>
    public Roster With(IReadOnlyList<(string Cadre, string?[] Row)> changes)
    {
        if (changes.Count == 0) return this;
        var rows = (string?[][])_rows.Clone();
        foreach (var (cadre, row) in changes) rows[_facts.CadreNumber[cadre]] = row;
        return new Roster(_facts, rows);
    }

    public IEnumerable<string> Keys => _facts.Scenario.Cadres.Select(c => c.Id);
    public IEnumerable<string?[]> Values => _rows;

    public bool ContainsKey(string key) => _facts.CadreNumber.ContainsKey(key);

    public bool TryGetValue(string key, [MaybeNullWhen(false)] out string?[] value)
    {
        var found = _facts.CadreNumber.TryGetValue(key, out var c);
        value = found ? _rows[c] : null;
        return found;
    }

    public IEnumerator<KeyValuePair<string, string?[]>> GetEnumerator()
    {
        var cadres = _facts.Scenario.Cadres;
        for (var c = 0; c < _rows.Length; c++) yield return new(cadres[c].Id, _rows[c]);
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
