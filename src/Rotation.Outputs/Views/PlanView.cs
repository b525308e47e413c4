using System.Collections.Frozen;
using System.Collections.Immutable;
using Rotation.Domain.Plans;
using Rotation.Domain.Scenarios;
using Rotation.Domain.Time;

namespace Rotation.Outputs.Views;

/// <summary>A plan read together with its scenario: the names, offices and per-cadre rows every human format prints.</summary>
public sealed class PlanView
{
    private readonly FrozenDictionary<string, int> _officeOrder;
    private readonly FrozenDictionary<string, Assignment> _rows;

    // Looked up per cadre, or per cadre and month, for every cell of a plan's grid: scanning the plan's lists each time
    // made reports of thousands of cadres slow.
    private readonly ILookup<string, Training> _trainings;
    private readonly ILookup<(string Cadre, string Month), Checkpoint> _checkpoints;
    private readonly Lazy<ImmutableArray<Move>> _moves;

    public PlanView(Scenario scenario, Plan plan)
    {
        Scenario = scenario;
        Plan = plan;
        Index = new ScenarioIndex(scenario);
        _officeOrder = scenario.Offices.Select((o, i) => (o.Id, i)).ToFrozenDictionary(x => x.Id, x => x.i);
        _rows = plan.Assignments.ToFrozenDictionary(a => a.Cadre);
        _trainings = plan.Trainings.ToLookup(t => t.Cadre);
        _checkpoints = plan.Checkpoints.ToLookup(c => (c.Cadre, c.Month));
        _moves = new Lazy<ImmutableArray<Move>>(() => Move.Of(this));
    }

    public Scenario Scenario { get; }

    /// <summary>The plan's moves by month (see <see cref="Move"/>).</summary>
    public ImmutableArray<Move> Moves => _moves.Value;

    public Plan Plan { get; }
    public ScenarioIndex Index { get; }

    /// <summary>"张伟 (c01)", or the bare id for a cadre without a name.</summary>
    public string CadreLabel(string? id) =>
        id is null ? "" : Index.Cadres.TryGetValue(id, out var c) && !string.IsNullOrWhiteSpace(c.Name) ? $"{c.Name} ({id})" : id;

    public string CadreName(string? id) => id is not null && Index.Cadres.TryGetValue(id, out var c) ? c.Name ?? "" : "";

    public Post Post(string id) => Index.Post(id);

    public string PostTitle(string id) => Post(id).Title ?? "";

    public string OfficeOf(string post) => Post(post).Office;

    public string OfficeName(string office) => Index.Offices.TryGetValue(office, out var o) && !string.IsNullOrWhiteSpace(o.Name) ? o.Name : office;

    /// <summary>Position of the office in the scenario, so every format lists offices (and colours them) alike.</summary>
    public int OfficeOrder(string office) => _officeOrder[office];

    /// <summary>The cadre's post in month <paramref name="t"/>, or null when absent.</summary>
    public string? PostAt(string cadre, int t) => _rows.TryGetValue(cadre, out var row) ? row.Posts[t] : null;

    public int MonthIndex(string label) => Scenario.Horizon.IndexOf(YearMonth.Parse(label));

    /// <summary>The course enrolments of one cadre with the months they occupy, first to last (inclusive).</summary>
    public IEnumerable<(Training Training, Course Course, YearMonth First, YearMonth Last)> TrainingsOf(string cadre) =>
        _trainings[cadre].Select(t =>
        {
            var course = Index.Courses[t.Course];
            var first = YearMonth.Parse(t.Start);
            return (t, course, first, first.AddMonths(course.Months - 1));
        });

    /// <summary>The cadre's checkpoints in the month labelled <paramref name="month"/>, in the plan's order.</summary>
    public IEnumerable<Checkpoint> CheckpointsAt(string cadre, string month) => _checkpoints[(cadre, month)];
}
