using System.Text.Json.Nodes;
using Rotation.Domain.Time;

namespace Rotation.Solver.Tests.Solving.BruteForce;

/// <summary>
/// Random scenarios, valid by construction. Tiny ones are small enough to enumerate: 2–3 cadres, 2–3 posts over 1–2
/// offices, and fewer months the more cadres and posts there are. Medium ones (4–7 cadres, about as many posts over 2–3
/// offices, 6–18 months) are for properties that need no enumeration. Every optional feature of SPEC §2 turns up with
/// some probability (pins in tiny ones only).
/// </summary>
internal static class RandomScenario
{
    public static string Json(int seed, bool medium = false)
    {
        var rng = new Random(seed);
        bool Chance(double p) => rng.NextDouble() < p;
        int Pick(int from, int to) => rng.Next(from, to + 1);

        var cadreCount = medium ? Pick(4, 7) : Pick(2, 3);
        var postCount = medium ? Pick(cadreCount - 1, cadreCount + 2) : Pick(2, 3);
        // Keeps posts^months per cadre, and the product over cadres, small.
        var maxMonths = medium ? 18 : cadreCount == 3 && postCount == 3 ? 3 : cadreCount == 3 || postCount == 3 ? 4 : 6;
        var months = Pick(medium ? 6 : 1, maxMonths);
        var startMonth = Pick(1, 12);
        var start = new YearMonth(2027, startMonth);
        string Label(int t) => start.AddMonths(t).ToString();
        int CalendarMonth(int t) => start.AddMonths(t).Month;

        var offices = Enumerable.Range(1, medium ? Pick(2, 3) : Pick(1, 2)).Select(i => $"o{i}").ToArray();
        var natures = new[] { "w1", "w2" };
        var posts = Enumerable.Range(1, postCount).Select(i => $"p{i}").ToArray();
        var cadres = Enumerable.Range(1, cadreCount).Select(i => $"c{i}").ToArray();

        var root = new JsonObject
        {
            ["name"] = $"random-{seed}",
            ["horizon"] = new JsonObject { ["start"] = Label(0), ["months"] = months },
            ["offices"] = new JsonArray([.. offices.Select(o =>
            {
                var office = new JsonObject { ["id"] = o };
                if (Chance(0.3)) office["blackoutMonthsOfYear"] = new JsonArray(CalendarMonth(Pick(0, months - 1)));
                return (JsonNode)office;
            })]),
            ["workNatures"] = new JsonArray([.. natures.Select(w => (JsonNode)new JsonObject { ["id"] = w })]),
            ["competencies"] = new JsonArray("k", "m"),
        };

        var courses = new JsonArray();
        var competencies = new List<string>();
        foreach (var (id, grants) in new[] { ("ck", "k"), ("cm", "m") })
        {
            if (!Chance(grants == "k" ? 0.6 : 0.25)) continue;
            competencies.Add(grants);
            var sessions = Enumerable.Range(0, Pick(1, 2)).Select(_ => Chance(0.1) ? -1 : Pick(0, months - 1)).Distinct().Select(t => (JsonNode)Label(t)!);
            var course = new JsonObject { ["id"] = id, ["grants"] = grants, ["months"] = Pick(1, 2), ["cost"] = Pick(0, 4), ["sessions"] = new JsonArray([.. sessions]) };
            if (Chance(0.4)) course["capacity"] = 1;
            courses.Add(course);
        }
        root["courses"] = courses;

        root["posts"] = new JsonArray([.. posts.Select(p =>
        {
            var min = Chance(0.4) ? 1 : 0;
            var post = new JsonObject
            {
                ["id"] = p, ["office"] = offices[rng.Next(offices.Length)], ["workNature"] = natures[rng.Next(2)],
                ["min"] = min, ["max"] = Chance(0.05) ? min : Pick(Math.Max(min, 1), 2), ["critical"] = Chance(0.2),
            };
            var requires = competencies.Where(_ => Chance(0.45)).Select(k => (JsonNode)k!).ToArray();
            if (requires.Length > 0) post["requires"] = new JsonArray(requires);
            var low = Chance(0.25) ? Pick(1, 3) : (int?)null;
            if (low is not null) post["minGrade"] = low;
            if (Chance(0.25)) post["maxGrade"] = Pick(low ?? 1, 3);
            return (JsonNode)post;
        })]);

        root["cadres"] = new JsonArray([.. cadres.Select(id =>
        {
            var cadre = new JsonObject { ["id"] = id, ["grade"] = Pick(1, 3) };
            var join = 0;
            if (Chance(0.2))
            {
                join = Chance(0.1) ? months : Pick(0, months - 1);
                cadre["joins"] = Label(join);
            }
            else
            {
                cadre["post"] = posts[rng.Next(posts.Length)];
                cadre["since"] = Label(-Pick(0, medium ? 8 : 3));
            }
            if (join < months && Chance(0.2)) cadre["leaves"] = Label(Pick(Math.Max(1, join + 1), months));
            var held = competencies.Where(_ => Chance(0.3)).Select(k => (JsonNode)k!).ToArray();
            if (held.Length > 0) cadre["competencies"] = new JsonArray(held);
            if (Chance(0.2)) cadre["pastOffices"] = new JsonArray(offices[rng.Next(offices.Length)]);
            cadre["preferences"] = new JsonArray([.. Enumerable.Range(0, Pick(0, 2)).Select(_ =>
            {
                var weight = Pick(1, 8) * (Chance(0.3) ? -1 : 1);
                return (JsonNode)(rng.Next(3) switch
                {
                    0 => new JsonObject { ["post"] = posts[rng.Next(posts.Length)], ["weight"] = weight },
                    1 => new JsonObject { ["office"] = offices[rng.Next(offices.Length)], ["weight"] = weight },
                    _ => new JsonObject { ["workNature"] = natures[rng.Next(2)], ["weight"] = weight },
                });
            })]);
            if (Chance(0.2))
            {
                var from = Pick(0, months - 1);
                var to = Math.Min(months - 1, from + Pick(0, 1));
                var joinsThen = cadre["joins"] is not null && from <= join && join <= to;
                if (!joinsThen) cadre["unavailable"] = new JsonArray(new JsonObject { ["from"] = Label(from), ["to"] = Label(to) });
            }
            if (Chance(0.15)) cadre["locked"] = true;
            return (JsonNode)cadre;
        })]);
        if (offices.Length >= 2 ? Chance(0.4) : Chance(0.05)) root["cadres"]![0]!["avoid"] = new JsonArray("c2");
        // Mostly enough seats for everyone, so that the other rules decide.
        if (Chance(0.9) && root["posts"]!.AsArray().Sum(p => (int)p!["max"]!) < cadreCount)
            foreach (var post in root["posts"]!.AsArray()) post!["max"] = 2;

        var min = Pick(1, 3);
        var max = medium ? (Chance(0.2) ? Pick(min, min + 5) : Pick(min + 8, min + 24)) : Chance(0.3) ? Pick(min, min + 3) : Pick(min + 3, min + 8);
        var tenure = new JsonObject { ["default"] = new JsonObject { ["min"] = min, ["max"] = max } };
        if (Chance(0.3))
        {
            // A byWorkNature entry may give only one field; the other comes from the default.
            var own = new JsonObject();
            var ownMin = Chance(0.7) ? Pick(1, 3) : (int?)null;
            var ownMax = Chance(0.7) ? Pick(ownMin ?? 1, (ownMin ?? 1) + 2) : (int?)null;
            if (ownMin is not null) own["min"] = ownMin;
            if (ownMax is not null) own["max"] = ownMax;
            if ((ownMin ?? min) <= (ownMax ?? max)) tenure["byWorkNature"] = new JsonObject { ["w2"] = own };
        }
        var policy = new JsonObject
        {
            ["tenure"] = tenure,
            ["noReturnMonths"] = Pick(0, 3),
            ["fairMoves"] = Pick(0, 1),
            ["weights"] = new JsonObject
            {
                ["vacancy"] = Weight(50),
                ["move"] = Weight(15),
                ["excessMoves"] = Weight(30),
                ["trainingCost"] = Weight(3),
                ["crossOffice"] = Weight(40),
                ["preference"] = Weight(4),
                ["change"] = Weight(20),
            },
        };
        if (Chance(0.3)) policy["maxMovesPerMonth"] = Chance(0.1) ? 0 : 1;
        if (Chance(0.3)) policy["maxDeparturesPerOfficePerMonth"] = Chance(0.1) ? 0 : 1;
        root["policy"] = policy;

        if (Chance(0.35))
        {
            var shift = Chance(0.3) ? Pick(-1, 1) : 0;
            root["published"] = new JsonObject
            {
                ["months"] = new JsonArray([.. Enumerable.Range(shift, months).Select(t => (JsonNode)Label(t)!)]),
                ["assignments"] = new JsonArray([.. cadres.Where(_ => Chance(0.8)).Select(PublishedRow)]),
            };
            policy["freezeMonths"] = Pick(0, medium ? 1 : Math.Min(2, months));
        }
        // Drawn last, so that the draws before stay as they were; only in tiny scenarios, where a pin that no plan keeps is
        // as welcome a case as any, while the medium ones serve properties that need a plan.
        foreach (var cadre in root["cadres"]!.AsArray().Where(_ => !medium && Chance(0.15)))
        {
            var from = Pick(0, months - 1);
            var pins = new JsonArray(new JsonObject { ["post"] = posts[rng.Next(posts.Length)], ["from"] = Label(from), ["to"] = Label(Math.Min(months - 1, from + Pick(0, 2))) });
            if (Chance(0.2)) pins.Add(new JsonObject { ["post"] = posts[rng.Next(posts.Length)], ["from"] = Label(months + 1), ["to"] = Label(months + 2) });
            cadre!["pins"] = pins;
        }
        return root.ToJsonString(new System.Text.Json.JsonSerializerOptions { WriteIndented = true });

        // A plausible published row: the starting post (or any), then perhaps another from some month, rarely a gap.
        JsonNode PublishedRow(string id)
        {
            var first = root["cadres"]!.AsArray().Single(c => (string)c!["id"]! == id)!["post"]?.GetValue<string>() ?? posts[rng.Next(posts.Length)];
            var then = posts[rng.Next(posts.Length)];
            var switchAt = Pick(0, months);
            return new JsonObject
            {
                ["cadre"] = id,
                ["posts"] = new JsonArray([.. Enumerable.Range(0, months).Select(t => Chance(0.1) ? null : (JsonNode)(t < switchAt ? first : then)!)]),
            };
        }

        // Mostly small non-negative weights; now and then a negative one, which the contract allows.
        int Weight(int top) => Chance(0.08) ? -Pick(1, top) : Pick(0, top);
    }
}
