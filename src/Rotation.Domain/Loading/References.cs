using System.Collections.Immutable;
using Rotation.Domain.Scenarios;
using Rotation.Domain.Time;
using static Rotation.Domain.Loading.ScenarioLoader;

namespace Rotation.Domain.Loading;

/// <summary>The checks that need the whole file: unique ids, references that resolve, and rules across fields.</summary>
internal sealed class References(
    JsonReader r,
    Horizon? horizon,
    ImmutableArray<Located<Office>> offices,
    ImmutableArray<Located<WorkNature>> natures,
    ImmutableArray<Located<string>> competencies,
    ImmutableArray<Located<Course>> courses,
    ImmutableArray<Located<Post>> posts,
    ImmutableArray<Located<Cadre>> cadres,
    IReadOnlySet<string> postIds,
    IReadOnlySet<string> cadreIds,
    Located<Policy>? policy,
    PublishedInput? published)
{
    private readonly HashSet<string> _offices = [.. offices.Select(o => o.Value.Id)];
    private readonly HashSet<string> _natures = [.. natures.Select(n => n.Value.Id)];
    private readonly HashSet<string> _competencies = [.. competencies.Select(c => c.Value)];
    private readonly HashSet<string> _posts = [.. postIds];
    private readonly HashSet<string> _cadres = [.. cadreIds];

    public void Check()
    {
        Unique(offices, o => o.Id, "office");
        Unique(natures, n => n.Id, "work nature");
        Unique(competencies, c => c, "competency");
        Unique(courses, c => c.Id, "course");
        Unique(posts, p => p.Id, "post");
        Unique(cadres, c => c.Id, "cadre");
        foreach (var course in courses) CheckCourse(course.Value, course.Path);
        foreach (var post in posts) CheckPost(post.Value, post.Path);
        foreach (var cadre in cadres) CheckCadre(cadre.Value, cadre.Path);
        if (policy is not null) CheckPolicy(policy.Value, policy.Path);
        if (published is not null) CheckPublished(published);
    }

    private void Unique<T>(ImmutableArray<Located<T>> items, Func<T, string> id, string what)
    {
        foreach (var group in items.GroupBy(i => id(i.Value)).Where(g => g.Count() > 1))
            foreach (var repeat in group.Skip(1))
                r.Error(repeat.Path, $"{what} id \"{group.Key}\" is used again (first at {group.First().Path}); give each {what} its own id");
    }

    private void Resolve(string id, HashSet<string> known, string at, string what, string list)
    {
        if (known.Contains(id)) return;
        var hint = Suggest.Closest(id, known);
        r.Error(at, hint is null
            ? $"unknown {what} \"{id}\"; use an id from {list}"
            : $"unknown {what} \"{id}\"; did you mean \"{hint}\"? (ids come from {list})");
    }

    private void CheckCourse(Course course, string at)
    {
        Resolve(course.Grants, _competencies, $"{at}.grants", "competency", "$.competencies");
    }

    private void CheckPost(Post post, string at)
    {
        Resolve(post.Office, _offices, $"{at}.office", "office", "$.offices");
        Resolve(post.WorkNature, _natures, $"{at}.workNature", "work nature", "$.workNatures");
        for (var i = 0; i < post.Requires.Length; i++)
            Resolve(post.Requires[i], _competencies, $"{at}.requires[{i}]", "competency", "$.competencies");
    }

    private void CheckCadre(Cadre c, string at)
    {
        for (var i = 0; i < c.Competencies.Length; i++)
            Resolve(c.Competencies[i], _competencies, $"{at}.competencies[{i}]", "competency", "$.competencies");
        for (var i = 0; i < c.PastOffices.Length; i++)
            Resolve(c.PastOffices[i], _offices, $"{at}.pastOffices[{i}]", "office", "$.offices");
        for (var i = 0; i < c.Avoid.Length; i++)
        {
            if (c.Avoid[i] == c.Id) r.Error($"{at}.avoid[{i}]", "a cadre cannot avoid themselves; remove this entry");
            else Resolve(c.Avoid[i], _cadres, $"{at}.avoid[{i}]", "cadre", "$.cadres");
        }
        for (var i = 0; i < c.Preferences.Length; i++)
        {
            var p = c.Preferences[i];
            var path = $"{at}.preferences[{i}]";
            switch (p.Target)
            {
                case PreferenceTarget.Post: Resolve(p.Id, _posts, $"{path}.post", "post", "$.posts"); break;
                case PreferenceTarget.Office: Resolve(p.Id, _offices, $"{path}.office", "office", "$.offices"); break;
                default: Resolve(p.Id, _natures, $"{path}.workNature", "work nature", "$.workNatures"); break;
            }
        }
        CheckPins(c, at);
        CheckPresence(c, at);
    }

    private void CheckPins(Cadre c, string at)
    {
        for (var i = 0; i < c.Pins.Length; i++)
        {
            var pin = c.Pins[i];
            var path = $"{at}.pins[{i}]";
            Resolve(pin.Post, _posts, $"{path}.post", "post", "$.posts");
            for (var j = 0; j < i; j++)
                if (c.Pins[j].Months.From <= pin.Months.To && pin.Months.From <= c.Pins[j].Months.To)
                    r.Error(path, $"overlaps {at}.pins[{j}] ({c.Pins[j].Months.From}..{c.Pins[j].Months.To}); a cadre holds one post a month, so merge or shorten them");
            if (horizon is not null && (pin.Months.To < horizon.Start || pin.Months.From > horizon.End))
                r.Warnings.Add(new LoadProblem(path, $"lies outside the horizon {horizon.Start}..{horizon.End}, so it fixes nothing"));
        }
    }

    private void CheckPresence(Cadre c, string at)
    {
        if (c.Joins is null)
        {
            if (c.Post is null)
                r.Error($"{at}.post", "required for a cadre present from the start; give the post held at the horizon start, or set \"joins\" for someone who arrives later");
            else Resolve(c.Post, _posts, $"{at}.post", "post", "$.posts");
            if (c.Since is null)
                r.Error($"{at}.since", "required with \"post\"; give the month the cadre started in that post (YYYY-MM)");
            else if (horizon is not null && c.Since > horizon.Start)
                r.Error($"{at}.since", $"{c.Since} is after the horizon start {horizon.Start}; the starting post must already be held then");
        }
        else
        {
            if (c.Post is not null)
                r.Error($"{at}.post", "must be null for a joiner; a joiner's first post is chosen by the plan (remove \"post\" or \"joins\")");
            if (c.Since is not null)
                r.Error($"{at}.since", "must be null for a joiner; remove it (or remove \"joins\")");
            if (horizon is not null && c.Joins < horizon.Start)
                r.Error($"{at}.joins", $"{c.Joins} is before the horizon start {horizon.Start}; someone already present needs \"post\" and \"since\" instead");
            if (c.IsUnavailableIn(c.Joins.Value))
                r.Error($"{at}.joins", $"the cadre is unavailable in their joining month {c.Joins}; move the join or the unavailable range");
        }
        if (c.Leaves is { } leaves)
        {
            if (horizon is not null && leaves <= horizon.Start)
                r.Error($"{at}.leaves", $"{leaves} is not after the horizon start {horizon.Start}; someone gone before the plan starts should be removed");
            if (c.Joins is { } joins && leaves <= joins)
                r.Error($"{at}.leaves", $"{leaves} is not after the joining month {joins}; a cadre must be present at least one month");
        }
    }

    private void CheckPolicy(Policy p, string at)
    {
        foreach (var nature in p.Tenure.ByWorkNature.Keys)
            Resolve(nature, _natures, $"{at}.tenure.byWorkNature.{nature}", "work nature", "$.workNatures");
    }

    private void CheckPublished(PublishedInput input)
    {
        foreach (var row in input.Rows)
        {
            Resolve(row.Value.Cadre, _cadres, $"{row.Path}.cadre", "cadre", "$.cadres");
            for (var i = 0; i < row.Value.Posts.Length; i++)
                if (row.Value.Posts[i] is { } post)
                    Resolve(post, _posts, $"{row.Path}.posts[{i}]", "post", "$.posts");
        }
    }
}
