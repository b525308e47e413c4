using Rotation.Domain.Plans;
using Rotation.Domain.Scenarios;
using Rotation.Solver.Model;

namespace Rotation.Solver.Search;

/// <summary>
/// Improves a part's plan by the changes a planner would try by hand (<see cref="ISearchMove"/>), each kept only when
/// <see cref="PartJudge"/> finds that the whole part still keeps every rule and costs less. <see cref="Feasibility"/>
/// skips changes that cannot hold before the checker is asked. First improvement; descents repeat until one finds
/// nothing or time is up, then restart from the best plan after a kick.
/// </summary>
internal sealed class LocalSearch
{
    /// <summary>
    /// Descents in random orders that <see cref="Run"/> makes, each from the best plan after a <see cref="Kick"/>, after the
    /// two from the start. A caller of <see cref="Step"/> decides for itself when to stop.
    /// </summary>
    private const int ShuffledDescents = 60;

    /// <summary>Cadres a kick moves.</summary>
    private const int KickedCadres = 2;

    private readonly SearchPlan _plan;
    private readonly Random _random;

    /// <summary>The plan the search began from, and the best one so far.</summary>
    private readonly (Roster Rows, List<Training> Trainings, Verdict Verdict) _start;
    private (Roster Rows, List<Training> Trainings, Verdict Verdict) _best;

    private readonly ISearchMove _trade, _fill, _responses, _relocate, _drop;
    private readonly RerouteMove _reroute;

    /// <param name="effort">Counts the work of the best responses, when <paramref name="timeUp"/> goes by work.</param>
    /// <param name="firstDescent">The descent of <see cref="Run"/>'s order that the first <see cref="Step"/> makes: a
    /// search beside another of the same plan starts where that one will not be for a while.</param>
    public LocalSearch(PartJudge judge, IReadOnlyDictionary<string, string?[]> rows, IReadOnlyList<Training> trainings, Verdict verdict,
        Func<bool> timeUp, int seed = 0, Effort? effort = null, int firstDescent = 0)
    {
        Descents = firstDescent;
        _random = new Random(seed);
        _plan = new SearchPlan(judge, rows, trainings, verdict, timeUp, effort);
        _best = _start = (_plan.Rows, _plan.Trainings, verdict);
        var chains = new ResponseChains(_plan);
        var trade = new TradeMove(_plan, chains);
        (_trade, _fill, _responses) = (trade, new VacancyFillMove(_plan), new ResponseFillMove(_plan, chains));
        (_relocate, _drop, _reroute) = (new RelocateMove(_plan, trade), new DropCourseMove(_plan), new RerouteMove(_plan, chains));
    }

    public IReadOnlyDictionary<string, string?[]> Rows => _plan.Rows;
    public IReadOnlyList<Training> Trainings => _plan.Trainings;
    public Verdict Verdict => _plan.Verdict;

    /// <summary>
    /// Two descents from the start, trades first (they remove forced moves, which fills would otherwise build chains
    /// around), then fills first; then, while time is left, up to <see cref="ShuffledDescents"/> more from the best plan so
    /// far after a kick, over the cadres in seeded random orders. Whichever ends lowest is kept. A kicked descent starts
    /// near a local optimum, so it costs a fraction of one from the start.
    /// </summary>
    public void Run()
    {
        while (Descents < 2 + ShuffledDescents && (Descents == 0 || !_plan.TimeUp())) Step();
    }

    /// <summary>Descents made so far (<see cref="Step"/>).</summary>
    public int Descents { get; private set; }

    /// <summary>
    /// The next descent of <see cref="Run"/>, for a caller that shares time between searches; afterwards the plan in
    /// hand is the best so far.
    /// </summary>
    public void Step()
    {
        var (rows, trainings, verdict) = Descents < 2 ? _start : _best;
        _plan.Take(rows, trainings, verdict);
        if (Descents >= 2)
        {
            _plan.Shuffle(_random);
            Kick(_random);
        }
        Descend(tradesFirst: Descents % 2 == 0);
        if (_plan.Verdict.Objective < _best.Verdict.Objective) _best = (_plan.Rows, _plan.Trainings, _plan.Verdict);
        Descents++;
        _plan.Take(_best.Rows, _best.Trainings, _best.Verdict);
    }

    /// <summary>Makes a plan found elsewhere the best so far, from which the next descents start.</summary>
    public void Adopt(IReadOnlyDictionary<string, string?[]> rows, IReadOnlyList<Training> trainings, Verdict verdict)
    {
        _best = (Roster.Of(_plan.Part, rows), [.. trainings], verdict);
        _plan.Take(_best.Rows, _best.Trainings, _best.Verdict);
    }

    /// <inheritdoc cref="SearchPlan.Judge"/>
    public PartJudge Judge
    {
        get => _plan.Judge;
        set => _plan.Judge = value;
    }

    /// <summary>
    /// <see cref="KickedCadres"/> cadres picked at random move, kept whenever the checker holds the plan, even when it
    /// costs more: a way out of a local optimum that the next descent may turn into a better one. The first is one whose
    /// own terms cost more than their best career alone, who takes their best response with the posts they hold counting
    /// for nothing; the others are barred from one of their stints and take their best response without it. Kicks of the
    /// first kind alone stall once every such cadre's response fails the checker.
    /// </summary>
    internal void Kick(Random random)
    {
        var kicked = 0;
        foreach (var (kick, upTo) in new (Func<Cadre, Draft?> Kick, int UpTo)[] { (_reroute.Rerouted, 1), (cadre => Displaced(cadre, random), KickedCadres) })
            foreach (var cadre in _plan.Part.Cadres.OrderBy(_ => random.Next()))
            {
                if (_plan.TimeUp()) return;
                if (kicked >= upTo) break;
                if (kick(cadre) is not { } draft || _plan.Judge.Judge(draft.Rows, draft.Trainings) is not { } verdict) continue;
                _plan.Take(draft.Rows, draft.Trainings, verdict);
                kicked++;
            }
    }

    /// <summary>The plan with the cadre on their best response barred from one stint of theirs, picked at random.</summary>
    private Draft? Displaced(Cadre cadre, Random random)
    {
        var current = _plan.Rows[cadre.Id];
        var months = Enumerable.Range(0, current.Length).Where(t => current[t] is not null).ToList();
        if (cadre.Locked || months.Count == 0) return null;
        var t = months[random.Next(months.Count)];
        var (from, to) = (t, t);
        while (from > 0 && current[from - 1] == current[t]) from--;
        while (to < current.Length && current[to] == current[t]) to++;
        return _plan.Respond.Of(cadre, _plan.Rows, ignored: current.OfType<string>().ToHashSet(), barred: (current[t]!, from, to)) is { } row
            ? _plan.WithRow(cadre, row) : null;
    }

    private void Descend(bool tradesFirst)
    {
        var improved = true;
        while (improved && !_plan.TimeUp())
        {
            improved = tradesFirst && _trade.Improve();
            if (_plan.Part.Policy.Weights.Vacancy > 0) improved |= _fill.Improve() || _responses.Improve();
            if (!tradesFirst) improved |= _trade.Improve();
            improved |= _relocate.Improve();
            improved |= _drop.Improve();
            if (!improved) improved = _reroute.Improve();
        }
    }

    /// <summary>One pass of <see cref="RerouteMove"/>.</summary>
    internal bool Reroute() => _reroute.Improve();
}
