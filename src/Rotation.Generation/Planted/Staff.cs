namespace Rotation.Generation.Planted;

/// <summary>An inclusive range of month indices; it may begin before the horizon.</summary>
internal sealed record Span(int From, int To)
{
    public bool Contains(int t) => t >= From && t <= To;
}

/// <summary>A preference: <see cref="Kind"/> is the scenario field ("office", "post" or "workNature").</summary>
internal sealed record Wish(string Kind, string Id, int Weight);

/// <summary>
/// A cadre's facts. The careers still fit some to the plan: a joiner's grade and competencies (to the post they join),
/// a stuck starting stint's L0 and a stuck cadre's leave.
/// </summary>
internal sealed class Person
{
    public required int Index { get; init; }
    public required string Id { get; init; }
    public int Grade { get; set; }
    public SortedSet<int> Competencies { get; } = [];
    public bool Joiner { get; set; }

    /// <summary>First month present: 0 for everyone but joiners.</summary>
    public int Join { get; set; }

    /// <summary>The post held when the horizon starts, or −1 for a joiner.</summary>
    public int StartPost { get; set; } = -1;

    /// <summary>L0: months of the starting stint before the horizon.</summary>
    public int PriorMonths { get; set; }

    /// <summary>First month gone, as a month index that may lie beyond the horizon; null for someone who stays.</summary>
    public int? Leaves { get; set; }

    public bool Locked { get; set; }
    public List<Span> Unavailable { get; } = [];
    public List<Wish> Preferences { get; } = [];
    public List<int> PastOffices { get; } = [];
    public List<string> Avoid { get; } = [];

    /// <summary>A decision already taken (H15): the post held from month From to month To, both included; null for none.</summary>
    public (int Post, int From, int To)? Pin { get; set; }

    /// <summary>The month presence ends within the horizon.</summary>
    public int End(int months) => Math.Min(months, Leaves ?? months);

    public bool IsUnavailable(int t) => Unavailable.Exists(s => s.Contains(t));

    /// <summary>H7 and H8 for the cadre's side of a move out of <paramref name="office"/> at month t.</summary>
    public bool CanMoveOut(Organisation org, int office, int t) => !IsUnavailable(t) && !org.IsBlackout(office, t);
}

/// <summary>
/// H6 for one stint that starts at month <c>start</c> (−L0 for the starting stint): it may end by a move from
/// <see cref="Earliest"/> to <see cref="Latest"/>, and must when running on would pass the cycle max before presence ends.
/// </summary>
internal readonly record struct StintWindow(int Earliest, int Latest, bool MustMove)
{
    public static StintWindow Of(Nature cycle, int start, int end) =>
        new(Math.Max(0, start + cycle.Min), Math.Max(0, start + cycle.Max), start + cycle.Max < end);

    /// <summary>The last month of the window at which the cadre may move out of the office, or −1 when there is none.</summary>
    public int Deadline(Person person, Organisation org, int office)
    {
        for (var u = Latest; u >= Earliest; u--)
            if (person.CanMoveOut(org, office, u)) return u;
        return -1;
    }
}

/// <summary>
/// Draws the cadres' facts: joiners, starting posts (critical posts seated first), grades and competencies that fit them,
/// leavers, unavailable ranges, locked cadres, L0 (some overdue), preferences and past offices. Each feature is given to
/// a share of the cadres and to at least one, so even the smallest scenario has every one.
/// </summary>
internal static class Staff
{
    public static Person[] Draw(Organisation org, PlantedOptions options, Random random)
    {
        var people = Enumerable.Range(0, options.Cadres).Select(i => new Person { Index = i, Id = $"c{i + 1:D5}" }).ToArray();
        MarkJoiners(people, org.Months, random);
        SeatStarters(people, org, random);
        MarkLeavers(people, org.Months, random);
        DrawUnavailable(people, org.Months, random);
        MarkLocked(people, org, random);
        DrawPriorMonths(people, org, random);
        DrawWishes(people, org, random);
        return people;
    }

    private static int Share(int cadres, double share) => Math.Max(1, (int)Math.Round(cadres * share));

    private static IEnumerable<Person> Pick(IEnumerable<Person> from, int count, Random random)
    {
        var pool = from.ToArray();
        random.Shuffle(pool);
        return pool.Take(count);
    }

    /// <summary>4 % join during the horizon, one at its very start.</summary>
    private static void MarkJoiners(Person[] people, int months, Random random)
    {
        var first = true;
        foreach (var p in Pick(people, Share(people.Length, 0.04), random))
        {
            p.Joiner = true;
            p.Join = first ? 0 : random.Next(1, months - 1);
            p.Grade = random.Next(1, Organisation.TopGrade + 1);
            first = false;
        }
    }

    private static void SeatStarters(Person[] people, Organisation org, Random random)
    {
        var starters = people.Where(p => !p.Joiner).ToArray();
        random.Shuffle(starters);
        var seats = Seats(org, random);
        for (var i = 0; i < starters.Length; i++)
        {
            var p = starters[i];
            var post = org.Posts[seats[i]];
            p.StartPost = post.Index;
            p.Grade = random.Next(post.MinGrade ?? 1, (post.MaxGrade ?? Organisation.TopGrade) + 1);
            p.Competencies.UnionWith(post.Requires);
        }
        foreach (var p in people.Where(_ => random.NextDouble() < 0.3)) p.Competencies.Add(random.Next(org.Competencies.Length));
    }

    /// <summary>One seat of every critical post first, so that they start held; then every other seat in random order.</summary>
    private static int[] Seats(Organisation org, Random random)
    {
        var critical = org.Posts.Where(p => p.CriticalIntent).Select(p => p.Index).ToArray();
        var rest = org.Posts.SelectMany(p => Enumerable.Repeat(p.Index, p.CriticalIntent ? p.Max - 1 : p.Max)).ToArray();
        random.Shuffle(critical);
        random.Shuffle(rest);
        return [.. critical, .. rest];
    }

    /// <summary>5 % leave within the horizon and 1 % after it.</summary>
    private static void MarkLeavers(Person[] people, int months, Random random)
    {
        foreach (var p in Pick(people.Where(p => p.Join < months - 2), Share(people.Length, 0.05), random))
            p.Leaves = random.Next(p.Join + 1, months);
        foreach (var p in Pick(people.Where(p => p.Leaves is null), people.Length / 100, random))
            p.Leaves = months + random.Next(12);
    }

    /// <summary>
    /// 8 % are away once for 1–3 months (leave, secondment), a quarter of them twice, 12 months apart or more; a
    /// joiner never in their joining month. Short and spaced ranges leave room in every window in which a stint may end.
    /// </summary>
    private static void DrawUnavailable(Person[] people, int months, Random random)
    {
        foreach (var p in Pick(people, Share(people.Length, 0.08), random))
        {
            var first = AwaySpan(p, random.Next(-2, months), random);
            p.Unavailable.Add(first);
            if (random.NextDouble() < 0.25 && first.To + 12 < months)
                p.Unavailable.Add(AwaySpan(p, random.Next(first.To + 13, months), random));
        }
    }

    /// <summary>1–3 months from <paramref name="from"/>, or just after a joiner's joining month when it would cover it.</summary>
    private static Span AwaySpan(Person p, int from, Random random)
    {
        var length = random.Next(1, 4);
        if (p.Joiner && from <= p.Join && p.Join < from + length) from = p.Join + 1;
        return new Span(from, from + length - 1);
    }

    /// <summary>Half the office leads (who hold the critical lead posts), 1 % of the others, and a joiner now and then.</summary>
    private static void MarkLocked(Person[] people, Organisation org, Random random)
    {
        foreach (var p in people)
        {
            var lead = p.StartPost >= 0 && org.Posts[p.StartPost].Lead;
            p.Locked = random.NextDouble() < (lead ? 0.5 : p.Joiner ? 0.1 : 0.01);
        }
        if (!people.Any(p => p.Locked)) people.First(p => !p.Joiner).Locked = true;
    }

    /// <summary>
    /// 5 % of the movable starters are overdue (L0 at or past the cycle max: they must move at month 0, so they must be
    /// free to then). The others get an L0 whose window still has a month to move in; a locked cadre's may be anything.
    /// </summary>
    private static void DrawPriorMonths(Person[] people, Organisation org, Random random)
    {
        var starters = people.Where(p => !p.Joiner).ToArray();
        var overdue = Pick(starters.Where(p => !p.Locked && p.CanMoveOut(org, org.Posts[p.StartPost].Office, 0)),
            Share(people.Length, 0.05), random).ToHashSet();
        foreach (var p in starters)
        {
            var cycle = org.CycleOf(p.StartPost);
            p.PriorMonths = p.Locked ? random.Next(2 * cycle.Max)
                : overdue.Contains(p) ? cycle.Max + random.Next(13)
                : MovablePriorMonths(p, org, cycle, random);
        }
    }

    private static int MovablePriorMonths(Person p, Organisation org, Nature cycle, Random random)
    {
        for (var attempt = 0; attempt < 8; attempt++)
        {
            var prior = random.Next(cycle.Max);
            var window = StintWindow.Of(cycle, -prior, p.End(org.Months));
            if (!window.MustMove || window.Deadline(p, org, org.Posts[p.StartPost].Office) >= 0) return prior;
        }
        // A stint that starts with the horizon has a full window of 7 months or more: it always has a month to move in.
        return 0;
    }

    /// <summary>30 % have one or two preferences (office, post or work nature; likes and aversions); 20 % past offices.</summary>
    private static void DrawWishes(Person[] people, Organisation org, Random random)
    {
        foreach (var p in people)
        {
            if (random.NextDouble() < 0.3)
                for (var i = random.Next(1, 3); i > 0; i--)
                    p.Preferences.Add(DrawWish(org, random));
            if (random.NextDouble() < 0.2)
                p.PastOffices.AddRange(Enumerable.Range(0, random.Next(1, 3)).Select(_ => random.Next(org.Offices.Length)).Distinct());
        }
    }

    private static Wish DrawWish(Organisation org, Random random)
    {
        var weight = random.Next(-3, 6);
        if (weight == 0) weight = 1;
        return random.Next(3) switch
        {
            0 => new Wish("office", org.Offices[random.Next(org.Offices.Length)], weight),
            1 => new Wish("post", org.Posts[random.Next(org.Posts.Length)].Id, weight),
            _ => new Wish("workNature", org.Natures[random.Next(org.Natures.Length)].Id, weight),
        };
    }
}
