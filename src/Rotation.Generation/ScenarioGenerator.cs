using System.Text.Json;
using System.Text.Json.Nodes;

namespace Rotation.Generation;

/// <summary>
/// Writes synthetic scenarios shaped like a real rotation pilot, feasible by construction. Each office has a lead post
/// held by a locked cadre, specialist posts that need the office's competency, general posts, and a pool post with room
/// for everyone who must move or joins. Stints due to end within the horizon fall at most one per office and month,
/// early enough that a move into the pool keeps every rule: "stay put, move to the pool when forced" is a valid plan.
/// </summary>
public static class ScenarioGenerator
{
    private static readonly (string Id, int Min, int Max)[] Natures =
        [("office-management", 24, 60), ("specialist", 12, 48), ("general", 12, 36), ("pool", 1, 60)];

    public static byte[] Generate(GeneratorOptions options)
    {
        if (options.Problems().Count > 0) throw new ArgumentException("invalid generator options", nameof(options));
        var random = new Random(options.Seed);
        var start = new DateOnly(2027, 1, 1);
        var months = options.Months;
        var offices = new JsonArray();
        var posts = new JsonArray();
        var cadres = new JsonArray();
        var courses = new JsonArray();
        var officeOfCadre = new List<int>();
        var next = 0;

        for (var o = 0; o < options.Offices; o++)
        {
            var office = $"o{o + 1:D3}";
            var competency = $"{office}-core";
            offices.Add(new JsonObject
            {
                ["id"] = office,
                ["name"] = $"Office {o + 1}",
                ["blackoutMonthsOfYear"] = o % 3 == 0 ? new JsonArray(9) : new JsonArray(),
            });
            courses.Add(new JsonObject
            {
                ["id"] = $"{office}-course",
                ["grants"] = competency,
                ["months"] = 2,
                ["capacity"] = 5,
                ["cost"] = 2,
                ["sessions"] = new JsonArray([.. Enumerable.Range(0, (months + 5) / 6).Select(i => (JsonNode)Month(start, 6 * i))]),
            });

            var size = options.Cadres / options.Offices + (o < options.Cadres % options.Offices ? 1 : 0);
            var specialists = Math.Max(1, size / 2);
            // Two seats per general post for everyone left after the lead and the specialists, rounded up.
            var generals = Math.Max(1, (size - 1 - specialists + 1) / 2);
            var seats = new List<(string Post, string Nature)> { ($"{office}-lead", "office-management") };
            for (var i = 0; i < specialists; i++) seats.Add(($"{office}-spec-{i + 1}", "specialist"));
            for (var i = 0; i < generals; i++) { seats.Add(($"{office}-gen-{i + 1}", "general")); seats.Add(($"{office}-gen-{i + 1}", "general")); }

            var dueMonths = new HashSet<int>();
            var poolNeeds = 1;
            var criticalChosen = false;
            var postsOfOffice = new List<JsonObject>
            {
                Post($"{office}-lead", office, "office-management", 1, 1, critical: true, [], 4, 6),
            };
            for (var i = 0; i < specialists; i++) postsOfOffice.Add(Post($"{office}-spec-{i + 1}", office, "specialist", 1, 1, false, [competency], 1, 5));
            for (var i = 0; i < generals; i++) postsOfOffice.Add(Post($"{office}-gen-{i + 1}", office, "general", 0, 2, false, [], 1, 5));

            for (var i = 0; i < size; i++)
            {
                var id = $"c{++next:D5}";
                officeOfCadre.Add(o);
                (string Post, string Nature) seat = i < seats.Count ? seats[i] : ($"{office}-pool", "pool");
                var nature = Natures.First(n => n.Id == seat.Nature);
                var cadre = new JsonObject { ["id"] = id, ["name"] = $"Cadre {next}", ["grade"] = i == 0 ? 5 : random.Next(1, 5) };
                var competencies = new JsonArray();
                if (seat.Nature == "specialist" || random.NextDouble() < 0.3) competencies.Add(competency);
                cadre["competencies"] = competencies;
                // When the stint must end: beyond the horizon, or at a month of its own in this office, late enough
                // that min tenure is served by then and early enough to move before a blackout.
                var due = i == 0 || seat.Nature == "pool" ? months + 1 + random.Next(12) : random.Next(1, 2 * months + 1);
                if (due <= months && (due > nature.Max - nature.Min || !dueMonths.Add(due))) due = months + 1 + random.Next(12);
                if (due <= months) poolNeeds++;
                var prior = nature.Max - due;
                cadre["post"] = seat.Post;
                cadre["since"] = Month(start, -Math.Max(0, prior));
                if (i == 0) cadre["locked"] = true;
                var critical = !criticalChosen && seat.Nature == "specialist" && due > months;
                if (critical)
                {
                    criticalChosen = true;
                    postsOfOffice.First(p => (string)p["id"]! == seat.Post)["critical"] = true;
                }
                else if (i > 0 && due > months && random.NextDouble() < 0.05 && months >= 6)
                {
                    var from = random.Next(0, months - 3);
                    cadre["unavailable"] = new JsonArray(new JsonObject { ["from"] = Month(start, from), ["to"] = Month(start, from + 2) });
                }
                if (i > 0 && !critical && random.NextDouble() < 0.05 && months >= 2 && due > months) cadre["leaves"] = Month(start, random.Next(1, months));
                if (random.NextDouble() < 0.3)
                    cadre["preferences"] = new JsonArray(random.Next(2) == 0
                        ? new JsonObject { ["workNature"] = Natures[random.Next(1, 3)].Id, ["weight"] = random.Next(-3, 6) }
                        : new JsonObject { ["office"] = office, ["weight"] = random.Next(1, 4) });
                cadres.Add(cadre);
            }

            var joiners = Math.Max(0, size / 30);
            for (var j = 0; j < joiners && months >= 2; j++)
            {
                var id = $"c{++next:D5}";
                officeOfCadre.Add(o);
                poolNeeds++;
                cadres.Add(new JsonObject
                {
                    ["id"] = id,
                    ["name"] = $"Cadre {next}",
                    ["grade"] = random.Next(1, 5),
                    ["competencies"] = new JsonArray(),
                    ["joins"] = Month(start, random.Next(1, months)),
                });
            }
            postsOfOffice.Add(Post($"{office}-pool", office, "pool", 0, poolNeeds + Math.Max(0, size - seats.Count), false, [], 1, 6));
            foreach (var p in postsOfOffice) posts.Add(p);
        }

        AddAvoidancePairs(cadres, officeOfCadre, random);

        var scenario = new JsonObject
        {
            ["name"] = $"generated {options.Offices} offices, {options.Cadres} cadres, {months} months, seed {options.Seed}",
            ["horizon"] = new JsonObject { ["start"] = Month(start, 0), ["months"] = months },
            ["calendar"] = new JsonObject
            {
                ["holidays"] = new JsonArray([.. Enumerable.Range(0, months / 12 + 1).Select(y => (JsonNode)start.AddYears(y).ToString("yyyy-MM-dd"))]),
            },
            ["offices"] = offices,
            ["workNatures"] = new JsonArray([.. Natures.Select(n => (JsonNode)new JsonObject { ["id"] = n.Id })]),
            ["competencies"] = new JsonArray([.. Enumerable.Range(1, options.Offices).Select(o => (JsonNode)$"o{o:D3}-core")]),
            ["courses"] = courses,
            ["posts"] = posts,
            ["cadres"] = cadres,
            ["policy"] = new JsonObject
            {
                ["tenure"] = new JsonObject
                {
                    ["default"] = new JsonObject { ["min"] = 12, ["max"] = 36 },
                    ["byWorkNature"] = new JsonObject(Natures.Select(n => KeyValuePair.Create(n.Id,
                        (JsonNode?)new JsonObject { ["min"] = n.Min, ["max"] = n.Max }))),
                },
                ["maxDeparturesPerOfficePerMonth"] = 2,
                ["noReturnMonths"] = 12,
            },
        };
        return JsonSerializer.SerializeToUtf8Bytes(scenario, new JsonSerializerOptions { WriteIndented = true });
    }

    /// <summary>About one cadre in a hundred avoids a cadre of another office; nobody changes office in the witness plan.</summary>
    private static void AddAvoidancePairs(JsonArray cadres, List<int> officeOf, Random random)
    {
        if (officeOf.Distinct().Count() < 2) return;
        for (var n = 0; n < Math.Max(1, cadres.Count / 100); n++)
        {
            var a = random.Next(cadres.Count);
            var b = random.Next(cadres.Count);
            if (officeOf[a] == officeOf[b] || cadres[a]!["avoid"] is not null) continue;
            cadres[a]!["avoid"] = new JsonArray((string)cadres[b]!["id"]!);
        }
    }

    private static JsonObject Post(string id, string office, string nature, int min, int max, bool critical, string[] requires,
        int minGrade, int maxGrade) => new()
        {
            ["id"] = id,
            ["office"] = office,
            ["workNature"] = nature,
            ["min"] = min,
            ["max"] = max,
            ["critical"] = critical,
            ["requires"] = new JsonArray([.. requires.Select(r => (JsonNode)r)]),
            ["minGrade"] = minGrade,
            ["maxGrade"] = maxGrade,
            ["reviewer"] = $"Head of {office}",
            ["handoverItems"] = new JsonArray("files", "accounts"),
        };

    private static string Month(DateOnly start, int offset) => start.AddMonths(offset).ToString("yyyy-MM");
}
