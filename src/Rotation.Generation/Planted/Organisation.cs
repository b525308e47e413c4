using Rotation.Domain.Time;

namespace Rotation.Generation.Planted;

/// <summary>A work nature and its rotation cycle: a stint lasts <see cref="Min"/> to <see cref="Max"/> months.</summary>
internal sealed record Nature(string Id, int Min, int Max);

/// <summary>A course as drawn. Sessions are month indices from the horizon start; the first lies before it.</summary>
internal sealed record PlantedCourse(string Id, int Competency, int Months, int Cost, int[] Sessions);

internal sealed class PlantedPost
{
    public required int Index { get; init; }
    public required string Id { get; init; }
    public required int Office { get; init; }
    public required int Nature { get; init; }
    public required int Max { get; init; }
    public int? MinGrade { get; init; }
    public int? MaxGrade { get; init; }
    public int[] Requires { get; init; } = [];
    public string? Reviewer { get; init; }
    public string[] HandoverItems { get; init; } = [];

    /// <summary>The office's lead post: one holder, leadership's long cycle, a high grade, critical if it stays covered.</summary>
    public bool Lead { get; init; }

    /// <summary>Drawn to be critical; the fit keeps it so only when the plan covers it in every month.</summary>
    public bool CriticalIntent { get; init; }

    /// <summary>Drawn as a wish, then fitted to the plan like <see cref="Critical"/> (see Fitting.Headcounts).</summary>
    public int Min { get; set; }

    public bool Critical { get; set; }

    public bool Admits(int grade) => (MinGrade is null || grade >= MinGrade) && (MaxGrade is null || grade <= MaxGrade);
}

/// <summary>
/// The drawn organisation: offices with their blackout months, work natures with their cycles, competencies, courses
/// and posts. Posts are added until their summed headcount max is the cadres' number divided by a fill of 85–95 %.
/// </summary>
internal sealed class Organisation
{
    public const int TopGrade = 6;

    private static readonly string[] RotatingNatures =
        ["administration", "finance", "legal-review", "security-ops", "outreach", "records", "procurement"];

    private static readonly string[] Items =
        ["case files", "system accounts", "office seal", "signing authority", "project ledger", "vendor contacts",
         "server root credentials", "incident runbook"];

    private readonly bool[][] _blackout;

    private Organisation(YearMonth start, int months, string[] offices, bool[][] blackout, Nature[] natures, string[] competencies,
        PlantedCourse[] courses, PlantedPost[] posts)
    {
        Start = start;
        Months = months;
        Offices = offices;
        _blackout = blackout;
        Natures = natures;
        Competencies = competencies;
        Courses = courses;
        Posts = posts;
        CoursesFor = [.. competencies.Select((_, k) => courses.Where(c => c.Competency == k).ToArray())];
    }

    public YearMonth Start { get; }
    public int Months { get; }
    public string[] Offices { get; }

    /// <summary>Natures[0] takes the policy's default cycle; the others are listed by work nature.</summary>
    public Nature[] Natures { get; }

    public string[] Competencies { get; }
    public PlantedCourse[] Courses { get; }
    public PlantedPost[] Posts { get; }
    public PlantedCourse[][] CoursesFor { get; }

    public Nature CycleOf(int post) => Natures[Posts[post].Nature];

    public bool IsBlackout(int office, int t) => _blackout[office][Start.AddMonths(t).Month - 1];

    public IEnumerable<int> BlackoutMonthsOf(int office) => Enumerable.Range(1, 12).Where(m => _blackout[office][m - 1]);

    public string Label(int t) => Start.AddMonths(t).ToString();

    public static Organisation Draw(PlantedOptions options, Random random)
    {
        var start = new YearMonth(2027, random.Next(1, 13));
        var offices = Enumerable.Range(1, options.Offices).Select(o => $"office-{o:D3}").ToArray();
        var natures = DrawNatures(random);
        var competencies = Enumerable.Range(1, Math.Clamp(options.Offices / 3 + 3, 4, 40)).Select(k => $"skill-{k:D2}").ToArray();
        var courses = DrawCourses(competencies.Length, options.Months, random);
        var blackout = offices.Select(_ => DrawBlackout(random)).ToArray();
        var posts = DrawPosts(options, natures, competencies.Length, random);
        return new Organisation(start, options.Months, offices, blackout, natures, competencies, courses, posts);
    }

    /// <summary>
    /// Four to six rotating natures with a max of 12–30 months, so most cadres must move within the horizon, and a min
    /// of at most half the max: every window in which a stint may end spans 7 months or more. The last is leadership.
    /// </summary>
    private static Nature[] DrawNatures(Random random)
    {
        var names = RotatingNatures.ToArray();
        random.Shuffle(names);
        var rotating = names.Take(random.Next(4, 7)).Select(id =>
        {
            var max = random.Next(12, 31);
            return new Nature(id, random.Next(Math.Max(3, max / 4), max / 2 + 1), max);
        });
        return [.. rotating, new Nature("leadership", 24, random.Next(48, 73))];
    }

    /// <summary>One course per competency and a second, slower or dearer, for about a third of them.</summary>
    private static PlantedCourse[] DrawCourses(int competencies, int months, Random random)
    {
        var courses = new List<PlantedCourse>();
        for (var k = 0; k < competencies; k++)
        {
            var copies = random.NextDouble() < 0.3 ? 2 : 1;
            for (var i = 0; i < copies; i++)
            {
                var period = random.Next(3, 7);
                var offset = random.Next(period);
                var sessions = Enumerable.Range(0, months / period + 2).Select(n => offset - period + n * period).Where(s => s < months);
                courses.Add(new PlantedCourse($"course-{k + 1:D2}{(char)('a' + i)}", k, random.Next(1, 4), random.Next(0, 7), [.. sessions]));
            }
        }
        return [.. courses];
    }

    /// <summary>Six offices in ten have one blackout month of the year, and some of those a second.</summary>
    private static bool[] DrawBlackout(Random random)
    {
        var months = new bool[12];
        if (random.NextDouble() < 0.6) months[random.Next(12)] = true;
        if (random.NextDouble() < 0.15) months[random.Next(12)] = true;
        return months;
    }

    private static PlantedPost[] DrawPosts(PlantedOptions options, Nature[] natures, int competencies, Random random)
    {
        var weights = Enumerable.Range(0, options.Offices).Select(_ => 0.5 + random.NextDouble()).ToArray();
        var fill = 0.85 + 0.10 * random.NextDouble();
        var seats = (int)Math.Ceiling(options.Cadres / fill);
        var capacity = new int[options.Offices];
        var counts = new int[options.Offices];
        var posts = new List<PlantedPost>();
        var leadership = natures.Length - 1;
        for (var o = 0; o < options.Offices; o++)
            posts.Add(NewPost(posts.Count, o, natures, leadership, max: 1, ++counts[o], competencies, random));
        var left = seats - options.Offices;
        while (left > 0)
        {
            // The office furthest below its share gets the next post, so offices grow in proportion to their weights.
            var o = Enumerable.Range(0, options.Offices).MinBy(i => (capacity[i] + 1) / weights[i]);
            var max = Math.Min(left, DrawHeadcount(random));
            posts.Add(NewPost(posts.Count, o, natures, random.Next(leadership), max, ++counts[o], competencies, random));
            capacity[o] += max;
            left -= max;
        }
        return [.. posts];
    }

    /// <summary>Headcount max 1–4, 2.3 on average.</summary>
    private static int DrawHeadcount(Random random) => random.NextDouble() switch
    {
        < 0.25 => 1,
        < 0.60 => 2,
        < 0.85 => 3,
        _ => 4,
    };

    private static PlantedPost NewPost(int index, int office, Nature[] natures, int nature, int max, int number, int competencies,
        Random random)
    {
        var lead = nature == natures.Length - 1;
        var (minGrade, maxGrade) = lead ? (4, (int?)TopGrade) : DrawGradeRange(random);
        var own = office % competencies;
        var requires = random.NextDouble() switch
        {
            < 0.30 => new[] { own },
            < 0.38 => [own, random.Next(competencies)],
            _ => [],
        };
        return new PlantedPost
        {
            Index = index,
            Id = $"office-{office + 1:D3}-{natures[nature].Id}-{number}",
            Office = office,
            Nature = nature,
            Max = max,
            MinGrade = minGrade,
            MaxGrade = maxGrade,
            Requires = [.. requires.Distinct()],
            Reviewer = random.NextDouble() < 0.8 ? $"Head of office {office + 1}" : null,
            HandoverItems = [.. Items.Where(_ => random.NextDouble() < 0.25)],
            Lead = lead,
            CriticalIntent = lead || (max >= 2 && random.NextDouble() < 0.15),
            Min = random.Next(max + 1),
        };
    }

    /// <summary>Half the posts have no grade bound; the others span three grades or more.</summary>
    private static (int?, int?) DrawGradeRange(Random random)
    {
        if (random.NextDouble() < 0.5) return (null, null);
        var low = random.Next(1, TopGrade - 1);
        return (low, random.Next(low + 2, TopGrade + 1));
    }
}
