namespace Rotation.Generation.Planted;

/// <summary>The policy written into the scenario; the limits are the plan's own extremes, so each of them binds.</summary>
internal sealed record PlantedPolicy(
    int MaxMovesPerMonth,
    int MaxDeparturesPerOfficePerMonth,
    int NoReturnMonths,
    IReadOnlyDictionary<string, int> CourseCapacity,
    int FairMoves,
    int HandoverDays,
    int[] CheckpointMonths);

/// <summary>Fits the scenario's remaining rules around the drawn plan, so that the plan keeps them.</summary>
internal static class Fitting
{
    private static readonly int[][] CheckpointChoices = [[1, 3, 6, 12], [1, 6, 12], [2, 6], [1, 3, 6, 12, 24]];

    /// <summary>
    /// H9: the largest number of moves in a month and out of an office in a month. H13: the shortest time in which the
    /// plan returns anyone to a post they left (the horizon when nobody returns). H10: each course's largest session.
    /// </summary>
    public static PlantedPolicy Policy(Organisation org, Person[] people, PlantedPlan plan, Random random)
    {
        var moves = Moves(people, plan).ToArray();
        var perMonth = moves.GroupBy(m => m.Month).Select(g => g.Count()).DefaultIfEmpty(0).Max();
        var perOffice = moves.GroupBy(m => (m.Month, org.Posts[m.From].Office)).Select(g => g.Count()).DefaultIfEmpty(0).Max();
        var noReturn = moves.Select(m => ReturnGap(plan.Rows[m.Cadre], m.From, m.Month)).DefaultIfEmpty(org.Months).Min();
        var largest = plan.Enrolments.GroupBy(e => (e.Course.Id, e.Start)).GroupBy(session => session.Key.Id)
            .ToDictionary(course => course.Key, course => course.Max(session => session.Count()));
        var capacity = org.Courses.ToDictionary(c => c.Id, c => largest.GetValueOrDefault(c.Id, 1));
        return new PlantedPolicy(perMonth, perOffice, noReturn, capacity, random.Next(1, 3), random.Next(5, 16),
            CheckpointChoices[random.Next(CheckpointChoices.Length)]);
    }

    /// <summary>
    /// H3: a post drawn critical stays critical when it has an available holder in every month, with its min the fewest
    /// it has. Any other post's min is its drawn one or, when lower, the available holders the plan keeps in nine months
    /// out of ten: some vacancy is allowed and counted, not so much that it swamps the other terms.
    /// </summary>
    public static void Headcounts(Organisation org, Person[] people, PlantedPlan plan)
    {
        var available = org.Posts.Select(_ => new int[org.Months]).ToArray();
        foreach (var p in people)
            for (var t = 0; t < org.Months; t++)
                if (plan.Rows[p.Index][t] is var post and >= 0 && !p.IsUnavailable(t))
                    available[post][t]++;
        foreach (var post in org.Posts)
        {
            var counts = available[post.Index].Order().ToArray();
            post.Critical = post.CriticalIntent && counts[0] >= 1;
            post.Min = post.Critical ? counts[0] : Math.Min(post.Min, counts[org.Months / 10]);
        }
    }

    /// <summary>
    /// H11: about one cadre in forty avoids another. Pairs are looked for among cadres who work in one office at
    /// different times, so that the rule forbids something a plan might otherwise do; never two who share one.
    /// </summary>
    public static void AvoidancePairs(Organisation org, Person[] people, PlantedPlan plan, Random random)
    {
        var officeOf = plan.Rows.Select(row => row.Select(post => post < 0 ? -1 : org.Posts[post].Office).ToArray()).ToArray();
        var workedIn = org.Offices.Select(_ => new List<int>()).ToArray();
        foreach (var p in people)
            foreach (var o in officeOf[p.Index].Where(o => o >= 0).Distinct())
                workedIn[o].Add(p.Index);
        var wanted = Math.Max(1, people.Length / 40);
        var pairs = new HashSet<(int, int)>();
        for (var attempt = 0; attempt < 30 * wanted && pairs.Count < wanted; attempt++)
        {
            var a = random.Next(people.Length);
            var office = officeOf[a][random.Next(org.Months)];
            if (office < 0) continue;
            var b = workedIn[office][random.Next(workedIn[office].Count)];
            if (a == b || ShareAnOffice(officeOf[a], officeOf[b]) || !pairs.Add((Math.Min(a, b), Math.Max(a, b)))) continue;
            people[a].Avoid.Add(people[b].Id);
        }
    }

    private static bool ShareAnOffice(int[] a, int[] b)
    {
        for (var t = 0; t < a.Length; t++)
            if (a[t] >= 0 && a[t] == b[t]) return true;
        return false;
    }

    /// <summary>H2: every move in the plan, with the post it leaves.</summary>
    private static IEnumerable<(int Cadre, int Month, int From)> Moves(Person[] people, PlantedPlan plan)
    {
        foreach (var p in people)
        {
            var before = p.StartPost;
            for (var t = 0; t < plan.Rows[p.Index].Length; t++)
            {
                var now = plan.Rows[p.Index][t];
                if (before >= 0 && now >= 0 && now != before) yield return (p.Index, t, before);
                before = now;
            }
        }
    }

    /// <summary>Months from leaving a post to holding it again; beyond the horizon when never.</summary>
    private static int ReturnGap(int[] row, int post, int left)
    {
        for (var u = left + 1; u < row.Length; u++)
            if (row[u] == post) return u - left;
        return row.Length;
    }

    /// <summary>
    /// Pins the plan keeps, one each for <paramref name="count"/> cadres: a mover is pinned to the post they move into,
    /// for one to three months from the move (as a decision already announced would be), and, when movers run out,
    /// someone present to the post they hold then.
    /// </summary>
    public static void Pins(Person[] people, PlantedPlan plan, int count, Random random)
    {
        if (count == 0) return;
        var moves = people.SelectMany(p => Enumerable.Range(1, plan.Rows[p.Index].Length - 1)
                .Where(t => plan.Rows[p.Index][t] >= 0 && plan.Rows[p.Index][t - 1] >= 0 && plan.Rows[p.Index][t] != plan.Rows[p.Index][t - 1])
                .Select(t => (Person: p, Month: t)))
            .OrderBy(_ => random.Next()).ToList();
        var held = people.SelectMany(p => Enumerable.Range(0, plan.Rows[p.Index].Length).Where(t => plan.Rows[p.Index][t] >= 0).Select(t => (Person: p, Month: t)))
            .OrderBy(_ => random.Next());
        foreach (var (person, month) in moves.Concat(held))
        {
            if (count == 0) break;
            if (person.Pin is not null) continue;
            var row = plan.Rows[person.Index];
            var to = month;
            var length = random.Next(1, 4);
            while (to + 1 < row.Length && to + 1 < month + length && row[to + 1] == row[month]) to++;
            person.Pin = (row[month], month, to);
            count--;
        }
    }
}
