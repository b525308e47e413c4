using System.Text.Json.Nodes;
using Json.Schema;
using Rotation.Domain.Loading;

namespace Rotation.Domain.Tests.Loading;

/// <summary>
/// docs/scenario.schema.json and the loader agree: what the loader accepts the schema accepts, and every broken shape the
/// schema can describe is refused by both, at the same place. The generators' files are checked in Rotation.Generation.Tests.
/// </summary>
public class ScenarioSchemaTests
{
    /// <summary>Every field of the format set once, so that both readers see all of them.</summary>
    private const string EveryField = """
        {
          "name": "every field",
          "horizon": { "start": "2027-01", "months": 12 },
          "calendar": { "holidays": ["2027-10-01"], "extraWorkdays": ["2027-09-26"] },
          "offices": [
            { "id": "cyber", "name": "Cyber security office", "blackoutMonthsOfYear": [9] },
            { "id": "legal", "name": "Legal affairs office" }
          ],
          "workNatures": [ { "id": "security-ops", "name": "Security operations" }, { "id": "legal-review" } ],
          "competencies": [ "network-security", "contract-law" ],
          "courses": [ { "id": "sec-101", "name": "Security basics", "grants": "network-security", "months": 2,
                         "capacity": 4, "cost": 3, "sessions": ["2027-01", "2027-07"] } ],
          "posts": [
            { "id": "cyber-ops-1", "office": "cyber", "workNature": "security-ops", "title": "Security operator",
              "min": 1, "max": 2, "critical": true, "requires": ["network-security"], "minGrade": 1, "maxGrade": 4,
              "reviewer": "Head of cyber office", "handoverItems": ["server root credentials", "incident runbook"] },
            { "id": "legal-review-1", "office": "legal", "workNature": "legal-review", "min": 0 }
          ],
          "cadres": [
            { "id": "c01", "name": "Li Wei", "grade": 2, "post": "cyber-ops-1", "since": "2024-03",
              "competencies": ["network-security"], "pastOffices": ["legal"],
              "preferences": [ { "office": "legal", "weight": 3 }, { "post": "cyber-ops-1", "weight": -1 },
                               { "workNature": "legal-review", "weight": 2 } ],
              "unavailable": [ { "from": "2027-05", "to": "2027-07" } ],
              "joins": null, "leaves": "2029-01", "locked": false, "avoid": ["c02"],
              "pins": [ { "post": "cyber-ops-1", "from": "2027-09", "to": "2027-12" } ] },
            { "id": "c02", "grade": 3, "post": "legal-review-1", "since": "2027-01", "locked": true },
            { "id": "c03", "grade": 1, "joins": "2027-04" }
          ],
          "policy": {
            "tenure": { "default": { "min": 12, "max": 36 }, "byWorkNature": { "security-ops": { "min": 18, "max": 48 } } },
            "maxMovesPerMonth": null, "maxDeparturesPerOfficePerMonth": 1, "noReturnMonths": 24, "fairMoves": 1,
            "handoverDays": 10, "checkpointMonths": [1, 3, 6, 12], "freezeMonths": 2,
            "weights": { "vacancy": 1000, "move": 10, "excessMoves": 30, "trainingCost": 1, "crossOffice": 40,
                         "preference": 1, "change": 20 }
          },
          "published": {
            "scenario": "every field", "status": "Feasible",
            "months": ["2027-01", "2027-02"],
            "assignments": [ { "cadre": "c01", "posts": ["cyber-ops-1", "cyber-ops-1"] }, { "cadre": "c03", "posts": [null, null] } ]
          }
        }
        """;

    /// <summary>Each optional field given as null, which both readers take as left out.</summary>
    private const string OptionalFieldsNull = """
        {
          "name": null,
          "horizon": { "start": "2027-01", "months": 12 },
          "calendar": { "holidays": null, "extraWorkdays": null },
          "offices": [ { "id": "cyber", "name": null, "blackoutMonthsOfYear": null } ],
          "workNatures": [ { "id": "security-ops", "name": null } ],
          "competencies": null,
          "courses": null,
          "posts": [ { "id": "cyber-ops-1", "office": "cyber", "workNature": "security-ops", "title": null, "min": null,
                       "max": null, "critical": null, "requires": null, "minGrade": null, "maxGrade": null,
                       "reviewer": null, "handoverItems": null } ],
          "cadres": [
            { "id": "c01", "name": null, "grade": 2, "post": "cyber-ops-1", "since": "2025-03", "competencies": null,
              "pastOffices": null, "preferences": [ { "post": null, "office": "cyber", "workNature": null, "weight": 1 } ],
              "unavailable": null, "joins": null, "leaves": null, "locked": null, "avoid": null, "pins": null },
            { "id": "c02", "grade": 1, "post": null, "since": null, "joins": "2027-04" }
          ],
          "policy": {
            "tenure": { "default": null, "byWorkNature": null }, "maxMovesPerMonth": null,
            "maxDeparturesPerOfficePerMonth": null, "noReturnMonths": null, "fairMoves": null, "handoverDays": null,
            "checkpointMonths": null, "freezeMonths": null,
            "weights": { "vacancy": null, "move": null, "excessMoves": null, "trainingCost": null, "crossOffice": null,
                         "preference": null, "change": null }
          },
          "published": null
        }
        """;

    /// <summary>One break each in the loader tests' small scenario, and the path at which the loader reports it.</summary>
    private static readonly Dictionary<string, (Action<JsonObject> Break, string Path)> Broken = new()
    {
        ["a missing required field: a cadre's grade"] = (s => s.At("cadres", 0).Remove("grade"), "$.cadres[0].grade"),
        ["a missing required field: a course's sessions"] = (s => s.At("courses", 0).Remove("sessions"), "$.courses[0].sessions"),
        ["a required field given as null"] = (s => s["horizon"] = null, "$.horizon"),
        ["a required list left empty"] = (s => s["cadres"] = new JsonArray(), "$.cadres"),
        ["a starting post without its since month"] = (s => s.At("cadres", 1).Remove("since"), "$.cadres[1].since"),
        ["a joiner with a starting post"] = (s => s.At("cadres", 2)["post"] = "cyber-ops-1", "$.cadres[2].post"),
        ["a wrong type: a grade written as text"] = (s => s.At("cadres", 0)["grade"] = "2", "$.cadres[0].grade"),
        ["a wrong type: one competency instead of a list"] =
            (s => s.At("posts", 0)["requires"] = "network-security", "$.posts[0].requires"),
        ["a wrong type: yes for true"] = (s => s.At("posts", 0)["critical"] = "yes", "$.posts[0].critical"),
        ["a wrong type: the policy as a list"] = (s => s["policy"] = new JsonArray(), "$.policy"),
        ["a wrong type: a published post as a number"] = (s => s["published"] = new JsonObject
        {
            ["months"] = new JsonArray("2027-01"),
            ["assignments"] = new JsonArray(new JsonObject { ["cadre"] = "c01", ["posts"] = new JsonArray(3) }),
        }, "$.published.assignments[0].posts[0]"),
        ["a bad month: no leading zero"] = (s => s["horizon"]!["start"] = "2027-1", "$.horizon.start"),
        ["a bad month: month 13"] = (s => s.At("cadres", 0)["unavailable"] = new JsonArray(new JsonObject
        {
            ["from"] = "2027-13",
            ["to"] = "2028-02",
        }), "$.cadres[0].unavailable[0].from"),
        ["a pin without its post"] = (s => s.At("cadres", 0)["pins"] = new JsonArray(new JsonObject
        {
            ["from"] = "2027-09",
            ["to"] = "2027-12",
        }), "$.cadres[0].pins[0].post"),
        ["a bad month: a day given"] = (s => s.At("cadres", 0)["leaves"] = "2028-01-01", "$.cadres[0].leaves"),
        ["a bad month: year 0"] = (s => s.At("courses", 0)["sessions"]![1] = "0000-07", "$.courses[0].sessions[1]"),
        ["a bad month: a trailing line break"] = (s => s.At("courses", 0)["sessions"]![0] = "2027-01\n", "$.courses[0].sessions[0]"),
        ["a bad day: 30 February"] =
            (s => s["calendar"] = new JsonObject { ["holidays"] = new JsonArray("2027-02-30") }, "$.calendar.holidays[0]"),
        ["a blank id"] = (s => s.At("courses", 0)["id"] = "  ", "$.courses[0].id"),
        ["a number out of range: a zero-month horizon"] = (s => s["horizon"]!["months"] = 0, "$.horizon.months"),
        ["a number out of range: blackout month 13"] =
            (s => s.At("offices", 0)["blackoutMonthsOfYear"] = new JsonArray(13), "$.offices[0].blackoutMonthsOfYear[0]"),
        ["a number out of range: a negative headcount"] = (s => s.At("posts", 1)["max"] = -1, "$.posts[1].max"),
        ["a number out of range: no handover days"] = (s => s.Policy()["handoverDays"] = 0, "$.policy.handoverDays"),
        ["a preference with no target"] = (s => s.At("cadres", 0)["preferences"] =
            new JsonArray(new JsonObject { ["weight"] = 2 }), "$.cadres[0].preferences[0]"),
        ["a cycle of a work nature given as null"] = (s => s.Policy()["tenure"] = new JsonObject
        {
            ["byWorkNature"] = new JsonObject { ["security-ops"] = null },
        }, "$.policy.tenure.byWorkNature.security-ops"),
        ["a competency listed twice"] =
            (s => s["competencies"]!.AsArray().Add("contract-law"), "$.competencies[2]"),
    };

    /// <summary>Broken files the loader refuses before it reads their content: no JSON, or nested too deep.</summary>
    private static readonly HashSet<string> RefusedAsText = ["empty-file.json", "not-json.json", "deeply-nested.json"];

    /// <summary>
    /// Broken files whose fault is across fields or lists (ids, references, comparisons): only the loader sees it, as
    /// "Checks across fields" in docs/scenario.md says. A schema that learns to see one should take it out of both.
    /// </summary>
    private static readonly HashSet<string> OnlyTheLoaderSees =
    [
        "duplicate-post-id.json", "joiner-unavailable-in-joining-month.json", "leaves-at-horizon-start.json",
        "leaves-before-joins.json", "min-grade-above-max-grade.json", "published-repeated-cadre.json",
        "published-row-wrong-length.json", "since-after-horizon-start.json", "tenure-min-above-max.json",
        "unknown-office-reference.json", "unknown-post-reference.json",
    ];

    private static readonly string BrokenFolder = Repo.PathTo("tests/Rotation.Domain.Tests/Loading/Broken");

    public static TheoryData<string> BrokenCases() => [.. Broken.Keys];

    public static TheoryData<string> BrokenFilesWithContent() =>
        [.. Directory.GetFiles(BrokenFolder, "*.json").Select(f => Path.GetFileName(f)).Where(f => !RefusedAsText.Contains(f))
            .Order(StringComparer.Ordinal)];

    [Fact]
    public void The_schema_is_a_valid_draft_2020_12_schema_with_an_id_and_a_title()
    {
        var document = JsonNode.Parse(File.ReadAllText(ScenarioSchema.FilePath))!;

        var errors = ScenarioSchema.Errors(MetaSchemas.Draft202012, document);

        Assert.True(errors.Count == 0, string.Join("; ", errors.Select(e => $"{e.Location}: {e.Message}")));
        Assert.Equal("https://json-schema.org/draft/2020-12/schema", (string?)document["$schema"]);
        Assert.True(Uri.TryCreate((string?)document["$id"], UriKind.Absolute, out _));
        Assert.False(string.IsNullOrWhiteSpace((string?)document["title"]));
    }

    [Fact]
    public void The_bundled_dataset_is_valid_against_the_schema()
    {
        var bytes = File.ReadAllBytes(Repo.PathTo("datasets/pku-branch.json"));

        Assert.True(ScenarioLoader.Load(bytes).Succeeded);
        ScenarioSchema.AssertValid(bytes, "datasets/pku-branch.json");
    }

    [Theory]
    [InlineData(nameof(EveryField), EveryField)]
    [InlineData(nameof(OptionalFieldsNull), OptionalFieldsNull)]
    public void A_scenario_the_loader_accepts_without_a_warning_is_valid_against_the_schema(string name, string json)
    {
        var loaded = ScenarioLoader.Load(json);
        Assert.True(loaded.Succeeded, string.Join("; ", loaded.Problems));
        Assert.Empty(loaded.Warnings);

        ScenarioSchema.AssertValid(JsonNode.Parse(json), name);
    }

    [Fact]
    public void The_scenario_with_every_field_uses_every_property_the_schema_names()
    {
        var named = PropertyNames(JsonNode.Parse(File.ReadAllText(ScenarioSchema.FilePath)), "properties");
        var used = PropertyNames(JsonNode.Parse(EveryField), null);

        Assert.Empty(named.Except(used));
    }

    [Theory]
    [MemberData(nameof(BrokenCases))]
    public void A_broken_shape_is_refused_by_the_loader_and_by_the_schema_at_the_same_place(string name)
    {
        var (breakIt, path) = Broken[name];
        var scenario = ScenarioJson.Scenario();
        breakIt(scenario);

        scenario.Load().SingleProblem(path);
        AssertSchemaRefusesAt(scenario, path);
    }

    [Theory]
    [MemberData(nameof(BrokenFilesWithContent))]
    public void Each_broken_file_the_schema_can_describe_is_refused_by_it_where_the_loader_refuses_it(string file)
    {
        var bytes = File.ReadAllBytes(Path.Combine(BrokenFolder, file));
        var problem = Assert.Single(ScenarioLoader.Load(bytes).Problems);

        if (OnlyTheLoaderSees.Contains(file))
        {
            var seen = ScenarioSchema.Errors(bytes).Select(e => $"{e.Location}: {e.Message}");
            Assert.False(seen.Any(), $"the schema now refuses {file} ({string.Join("; ", seen)}); take it out of " +
                "OnlyTheLoaderSees and out of \"Checks across fields\" in docs/scenario.md");
        }
        else
        {
            AssertSchemaRefusesAt(JsonNode.Parse(bytes), problem.Path);
        }
    }

    [Fact]
    public void An_unknown_field_is_accepted_by_both_and_the_loader_warns_about_it()
    {
        var scenario = ScenarioJson.Scenario();
        scenario["version"] = 2;
        scenario.Policy()["maxMovesPerMonht"] = 2;
        scenario.At("cadres", 0)["nickname"] = "Wei";

        var loaded = scenario.Load();

        Assert.True(loaded.Succeeded);
        Assert.Equal(["$.cadres[0].nickname", "$.policy.maxMovesPerMonht", "$.version"],
            loaded.Warnings.Select(w => w.Path).Order(StringComparer.Ordinal));
        ScenarioSchema.AssertValid(scenario, "a scenario with unknown fields");
    }

    [Fact]
    public void A_whole_number_written_with_a_decimal_point_is_refused_by_the_loader_only()
    {
        // JSON Schema counts 2.0 as the integer 2; docs/scenario.md tells users to write 2.
        var scenario = ScenarioJson.Scenario();
        scenario.At("cadres", 0)["grade"] = 2.0m;

        scenario.Load().SingleProblem("$.cadres[0].grade");
        ScenarioSchema.AssertValid(scenario, "a grade of 2.0");
    }

    private static void AssertSchemaRefusesAt(JsonNode? scenario, string loaderPath)
    {
        var errors = ScenarioSchema.Errors(scenario);
        var pointer = ScenarioSchema.Pointer(loaderPath);
        // A missing property is reported at the object that lacks it; anything else at the value itself.
        var parent = pointer.Length == 0 ? pointer : pointer[..pointer.LastIndexOf('/')];

        Assert.True(errors.Count > 0, $"the schema accepts what the loader refuses at {loaderPath}");
        Assert.True(errors.Any(e => e.Location == pointer || e.Location == parent),
            $"the loader refuses {loaderPath} but the schema only: {string.Join("; ", errors.Select(e => $"{e.Location}: {e.Message}"))}");
    }

    /// <summary>The property names of every object in the document, or with <paramref name="under"/> only those of objects held under that key.</summary>
    private static HashSet<string> PropertyNames(JsonNode? node, string? under)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        void Walk(JsonNode? n, string? key)
        {
            switch (n)
            {
                case JsonObject o:
                    foreach (var (name, value) in o)
                    {
                        if (under is null || key == under) names.Add(name);
                        Walk(value, name);
                    }
                    break;
                case JsonArray a:
                    foreach (var item in a) Walk(item, key);
                    break;
            }
        }
        Walk(node, null);
        return names;
    }
}
