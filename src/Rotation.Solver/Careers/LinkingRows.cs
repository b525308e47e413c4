using Rotation.Domain.Scenarios;

namespace Rotation.Solver.Careers;

internal enum RowSense { AtMost, AtLeast, Exactly }

/// <summary>
/// One limit cadres share, over the careers chosen: Σ (careers that use it) ≤, ≥ or = Rhs. A cover row of a non-critical
/// post has a vacancy slack of up to Rhs, each unit costing the vacancy weight.
/// </summary>
internal sealed record LinkingRow(string Name, RowSense Sense, int Rhs, bool HasVacancy);

/// <summary>
/// The rules cadres share, as rows of the master problem: H3 headcount (max and the critical min), the vacancy term's
/// cover of non-critical posts, H9 moves per month and departures per office and month, H10 seats per session and H11
/// avoidance per pair, office and month. Every coefficient is 1: a career uses a row or it does not.
/// </summary>
internal sealed class LinkingRows
{
    private readonly List<LinkingRow> _rows = [];
    // Row numbers by scenario post (or office) and month, -1 where there is none: looked up once per cell and pricing.
    private readonly int[][] _headcount;
    private readonly int[][] _cover;
    private readonly int[] _moves;
    private readonly int[][] _departures;
    private readonly int[] _officeOf;
    private readonly int[][] _postNumbers;
    private readonly Dictionary<(int Course, int Start), int> _seats = [];
    private readonly Dictionary<(int Pair, string Office, int Month), int> _avoid = [];
    private readonly Dictionary<int, List<int>> _pairsOf = [];

    public LinkingRows(Scenario scenario, IReadOnlyList<CareerSpace> spaces)
    {
        var months = scenario.Horizon.Months;
        var policy = scenario.Policy;
        var numbers = scenario.Posts.Select((p, i) => (p.Id, i)).ToDictionary(x => x.Id, x => x.i);
        var offices = scenario.Offices.Select((o, i) => (o.Id, i)).ToDictionary(x => x.Id, x => x.i);
        _officeOf = [.. scenario.Posts.Select(p => offices[p.Office])];
        _postNumbers = new int[spaces.Count][];
        foreach (var space in spaces) _postNumbers[space.CadreIndex] = [.. space.Posts.Select(p => numbers[p.Id])];
        _headcount = [.. scenario.Posts.Select(_ => Unused(months))];
        _cover = [.. scenario.Posts.Select(_ => Unused(months))];
        _moves = Unused(months);
        _departures = [.. scenario.Offices.Select(_ => Unused(months))];
        var holdersOf = scenario.Posts.Select(_ => new List<CareerSpace>()).ToArray();
        foreach (var space in spaces)
            foreach (var number in _postNumbers[space.CadreIndex]) holdersOf[number].Add(space);
        for (var p = 0; p < scenario.Posts.Length; p++)
        {
            var post = scenario.Posts[p];
            var holders = holdersOf[p];
            for (var t = 0; t < months; t++)
            {
                var present = holders.Count(s => s.Presence.Contains(t));
                // min = max and every possible holder available: the two rows are one equality, a smaller LP.
                if (post.Min > 0 && post.Min == post.Max && present > post.Max &&
                    holders.All(s => !s.Presence.Contains(t) || !s.Unavailable[t]))
                {
                    _headcount[p][t] = _cover[p][t] = Add($"fill[{post.Id},{t}]", RowSense.Exactly, post.Min, !post.Critical);
                    continue;
                }
                if (present > post.Max) _headcount[p][t] = Add($"headcount[{post.Id},{t}]", RowSense.AtMost, post.Max, false);
                if (post.Min > 0) _cover[p][t] = Add($"cover[{post.Id},{t}]", RowSense.AtLeast, post.Min, !post.Critical);
            }
        }
        if (policy.MaxMovesPerMonth is { } moves && spaces.Count > moves)
            for (var t = 0; t < months; t++) _moves[t] = Add($"moves[{t}]", RowSense.AtMost, moves, false);
        if (policy.MaxDeparturesPerOfficePerMonth is { } departures)
            for (var o = 0; o < scenario.Offices.Length; o++)
                for (var t = 0; t < months; t++)
                    _departures[o][t] = Add($"departures[{scenario.Offices[o].Id},{t}]", RowSense.AtMost, departures, false);
        for (var i = 0; i < scenario.Courses.Length; i++)
            if (scenario.Courses[i].Capacity is { } seats)
                foreach (var start in spaces.SelectMany(s => s.Options.Values.SelectMany(o => o)).Where(o => o.Course == i)
                             .Select(o => o.Start).Distinct())
                    _seats[(i, start)] = Add($"seats[{scenario.Courses[i].Id},{start}]", RowSense.AtMost, seats, false);

        var byId = spaces.Select((s, i) => (s.Cadre.Id, i)).ToDictionary(x => x.Id, x => x.i);
        var pairs = spaces.SelectMany((s, i) => s.Cadre.Avoid.Where(byId.ContainsKey).Select(o => (Math.Min(i, byId[o]), Math.Max(i, byId[o]))))
            .Where(p => p.Item1 != p.Item2).Distinct().ToList();
        for (var p = 0; p < pairs.Count; p++)
        {
            var (a, b) = pairs[p];
            foreach (var cadre in new[] { a, b })
            {
                if (!_pairsOf.TryGetValue(cadre, out var list)) _pairsOf[cadre] = list = [];
                list.Add(p);
            }
            var shared = spaces[a].Posts.Select(x => x.Office).Intersect(spaces[b].Posts.Select(x => x.Office));
            foreach (var office in shared)
                for (var t = 0; t < months; t++)
                    if (spaces[a].Presence.Contains(t) && spaces[b].Presence.Contains(t))
                        _avoid[(p, office, t)] = Add($"avoid[{spaces[a].Cadre.Id},{spaces[b].Cadre.Id},{office},{t}]", RowSense.AtMost, 1, false);
        }
    }

    public IReadOnlyList<LinkingRow> Rows => _rows;

    private static int[] Unused(int months) => Enumerable.Repeat(-1, months).ToArray();

    /// <summary>The rows a career uses.</summary>
    public List<int> Of(Career career)
    {
        var space = career.Space;
        var used = new List<int>();
        for (var t = space.Join; t < space.Leave; t++)
        {
            var k = career.Posts[t];
            foreach (var row in CellRows(space, k, t)) used.Add(row);
            var left = career.MovesOutOf(t);
            if (left >= 0) used.AddRange(MoveRows(space, left, t));
        }
        foreach (var option in career.Trainings)
            if (_seats.TryGetValue((option.Course, option.Start), out var seats)) used.Add(seats);
        return used;
    }

    /// <summary>The rows that holding candidate k in month t uses.</summary>
    public IEnumerable<int> CellRows(CareerSpace space, int k, int t)
    {
        var into = new int[CellRowsAtMost(space)];
        var count = CellRows(space, k, t, into);
        return count == into.Length ? into : into[..count];
    }

    /// <summary>The most rows one cell of the cadre's can use: the room <see cref="CellRows(CareerSpace, int, int, Span{int})"/> needs.</summary>
    public int CellRowsAtMost(CareerSpace space) => 2 + (_pairsOf.TryGetValue(space.CadreIndex, out var pairs) ? pairs.Count : 0);

    /// <summary>The rows that holding candidate k in month t uses, written into <paramref name="into"/>; returns how many.</summary>
    public int CellRows(CareerSpace space, int k, int t, Span<int> into)
    {
        var post = _postNumbers[space.CadreIndex][k];
        var count = 0;
        var headcount = _headcount[post][t];
        if (headcount >= 0) into[count++] = headcount;
        // A merged fill row is both; it is used once.
        var cover = _cover[post][t];
        if (!space.Unavailable[t] && cover >= 0 && cover != headcount) into[count++] = cover;
        if (_pairsOf.TryGetValue(space.CadreIndex, out var pairs))
            foreach (var p in pairs)
                if (_avoid.TryGetValue((p, space.Posts[k].Office, t), out var avoid)) into[count++] = avoid;
        return count;
    }

    /// <summary>The rows a move out of candidate k at month t uses.</summary>
    public IEnumerable<int> MoveRows(CareerSpace space, int k, int t)
    {
        var (moves, departures) = MoveRowPair(space, k, t);
        if (moves >= 0) yield return moves;
        if (departures >= 0) yield return departures;
    }

    /// <summary>The moves-per-month and departures rows a move out of candidate k at month t uses, -1 for none.</summary>
    public (int Moves, int Departures) MoveRowPair(CareerSpace space, int k, int t) =>
        (_moves[t], _departures[_officeOf[_postNumbers[space.CadreIndex][k]]][t]);

    public int? SeatRow(SessionOption option) => _seats.TryGetValue((option.Course, option.Start), out var row) ? row : null;

    private int Add(string name, RowSense sense, int rhs, bool vacancy)
    {
        _rows.Add(new LinkingRow(name, sense, rhs, vacancy));
        return _rows.Count - 1;
    }
}
