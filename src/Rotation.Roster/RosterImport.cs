using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Rotation.Domain.Loading;
using Rotation.Domain.Scenarios;
using Rotation.Outputs.Xlsx;
using Rotation.Roster.Xlsx;
using static Rotation.Roster.RosterLayout;

namespace Rotation.Roster;

/// <summary>
/// Reads a roster workbook back into a scenario (SPEC §10). The workbook becomes the scenario file's JSON, each value
/// remembering its cell; the JSON is then checked by <see cref="ScenarioLoader"/>, the same rules as any scenario file,
/// and each problem's JSON path is turned back into its sheet and cell. What only a workbook can get wrong (a word in a
/// number column, a date that is no date, a row for an unknown cadre) is reported here, with its cell.
/// </summary>
public static partial class RosterImport
{
    /// <summary>Where a problem that belongs to no sheet is placed.</summary>
    public const string WholeWorkbook = "workbook";

    public static ScenarioInput Read(byte[] workbook)
    {
        var sheets = WorkbookReader.Read(workbook, out var unreadable);
        if (sheets is null) return Failed([new LoadProblem(WholeWorkbook, unreadable!)], []);
        var built = new Builder(sheets);
        var json = built.Build();
        var bytes = ScenarioEdit.ToUtf8(json);
        var loaded = ScenarioLoader.Load(bytes);
        // A cell the workbook already reported as unreadable was left out of the JSON; the loader's word on it would repeat that.
        var problems = built.Problems.Concat(loaded.Problems.Select(built.Place).Where(p => !built.Reported.Contains(p.Path))).ToList();
        var warnings = built.Warnings.Concat(loaded.Warnings.Select(built.Place)).ToList();
        return problems.Count > 0
            ? Failed(problems, warnings)
            : new ScenarioInput(new LoadResult<Scenario>(loaded.Value, [], warnings), bytes);
    }

    private static ScenarioInput Failed(IReadOnlyList<LoadProblem> problems, IReadOnlyList<LoadProblem> warnings) =>
        new(new LoadResult<Scenario>(null, problems, warnings), null);

    [GeneratedRegex(@"\$(?:\.[A-Za-z][\w-]*|\[\d+\])*")]
    private static partial Regex JsonPath();

    /// <summary>A sheet of the workbook read against its layout: the columns found by header, and the rows that hold anything.</summary>
    private sealed record Table(RosterSheet Layout, IReadOnlyDictionary<string, int> Columns, IReadOnlyList<TableRow> Rows);

    private sealed record TableRow(int Number, SortedDictionary<int, object> Cells);

    private sealed class Builder(IReadOnlyList<SheetValues> sheets)
    {
        private readonly JsonObject _root = [];
        private readonly Dictionary<string, string> _where = [];

        public List<LoadProblem> Problems { get; } = [];
        public List<LoadProblem> Warnings { get; } = [];

        /// <summary>Cells (and sheets) with a problem of their own.</summary>
        public HashSet<string> Reported { get; } = [];

        public JsonObject Build()
        {
            foreach (var unknown in sheets.Where(s => s.Name != ReadMe && !Sheets.Any(k => Same(k.Name, s.Name))))
                Warnings.Add(new LoadProblem(unknown.Name, $"not a sheet of the roster; ignored (the sheets are {string.Join(", ", Sheets.Select(s => s.Name))})"));
            ReadPolicy();
            ReadCalendar();
            List(Offices, "offices");
            List(WorkNatures, "workNatures", (o, row, table, at) =>
            {
                _where[$"$.policy.tenure.byWorkNature.{o["id"]}"] = _where[at];
                var tenure = new JsonObject();
                Put(tenure, "min", Value(table, row, "tenureMin", $"$.policy.tenure.byWorkNature.{o["id"]}.min"));
                Put(tenure, "max", Value(table, row, "tenureMax", $"$.policy.tenure.byWorkNature.{o["id"]}.max"));
                if (tenure.Count > 0 && o["id"] is JsonValue id) PutAt($"policy.tenure.byWorkNature.{id}", tenure);
            }, "tenureMin", "tenureMax");
            ReadCompetencies();
            var courses = List(Courses, "courses");
            var posts = List(Posts, "posts");
            var cadres = List(Cadres, "cadres");
            Children(Sessions, courses, "courses", "sessions", "month");
            Children(Requires, posts, "posts", "requires", "competency");
            Children(HandoverItems, posts, "posts", "handoverItems", "item");
            Children(CadreCompetencies, cadres, "cadres", "competencies", "competency");
            Children(PastOffices, cadres, "cadres", "pastOffices", "office");
            Children(Preferences, cadres, "cadres", "preferences", null);
            Children(Unavailable, cadres, "cadres", "unavailable", null);
            Children(Avoid, cadres, "cadres", "avoid", "avoid");
            Children(Pins, cadres, "cadres", "pins", null);
            ReadPublished();
            // The fields in the order docs/scenario.md gives them, whatever order the sheets were read in.
            var ordered = new JsonObject();
            foreach (var field in Fields)
                if (_root[field] is { } value)
                {
                    _root.Remove(field);
                    ordered[field] = value;
                }
            return ordered;
        }

        private static readonly string[] Fields =
            ["name", "horizon", "calendar", "offices", "workNatures", "competencies", "courses", "posts", "cadres", "policy", "published"];

        /// <summary>A loader problem placed at its cell: its path, or the nearest enclosing one the workbook has.</summary>
        public LoadProblem Place(LoadProblem problem) =>
            new(Locate(problem.Path) ?? WholeWorkbook, JsonPath().Replace(problem.Message, m => Locate(m.Value) is { } at ? (at.Contains('!') ? at : $"sheet {at}") : m.Value));

        private string? Locate(string path)
        {
            for (var p = path; p.Length > 1; p = p[..Math.Max(p.LastIndexOfAny(['.', '[']), 1)])
                if (_where.TryGetValue(p, out var at)) return at;
            return null;
        }

        private Table? Open(string name)
        {
            var layout = Sheet(name);
            var values = sheets.FirstOrDefault(s => Same(s.Name, name));
            if (values is null) return null;
            var columns = new Dictionary<string, int>();
            foreach (var (column, header) in values.Rows.GetValueOrDefault(1) ?? [])
            {
                var text = header.ToString()!.Trim();
                var known = layout.Columns.FirstOrDefault(c => Same(c.Header, text));
                if (known is not null && columns.TryAdd(known.Header, column)) continue;
                Warnings.Add(new LoadProblem($"{values.Name}!{new CellAddress(column, 1)}", known is not null
                    ? $"column \"{text}\" is given again; only the first one is read"
                    : $"column \"{text}\" is not one of this sheet's ({string.Join(", ", layout.Columns.Select(c => c.Header))}); it is ignored"));
            }
            var headed = (values.Rows.GetValueOrDefault(1) ?? []).Keys.ToHashSet();
            foreach (var stray in values.Rows.Where(r => r.Key > 1).SelectMany(r => r.Value.Keys.Where(k => !headed.Contains(k)).Select(k => new CellAddress(k, r.Key)))
                         .GroupBy(a => a.Column).Select(g => g.First()))
                Warnings.Add(new LoadProblem($"{values.Name}!{stray}", "a value in a column without a header; the column is ignored"));
            var rows = values.Rows.Where(r => r.Key > 1 && columns.Values.Any(r.Value.ContainsKey)).Select(r => new TableRow(r.Key, r.Value)).ToList();
            foreach (var missing in layout.Columns.Where(c => c.Required && !columns.ContainsKey(c.Header)))
                if (rows.Count > 0) Error(values.Name, $"no column \"{missing.Header}\" in row 1; add it (the columns are {string.Join(", ", layout.Columns.Select(c => c.Header))})");
            return new Table(layout, columns, rows);
        }

        /// <summary>A cell read as text, trimmed; null when empty. For the cells that say where a row belongs, not what it holds.</summary>
        private static string? Text(Table table, TableRow row, string header) =>
            table.Columns.TryGetValue(header, out var column) && row.Cells.TryGetValue(column, out var raw)
                ? CellReading.Read(raw, CellKind.Text, out _)!.GetValue<string>().Trim() : null;

        private string CellOf(Table table, TableRow row, string header) =>
            $"{table.Layout.Name}!{new CellAddress(table.Columns.GetValueOrDefault(header, 1), row.Number)}";

        /// <summary>The cell's value as JSON (null when empty or unreadable, the latter reported), remembered as the place of <paramref name="path"/>.</summary>
        private JsonNode? Value(Table table, TableRow row, string header, string path)
        {
            var at = CellOf(table, row, header);
            _where[path] = at;
            if (!table.Columns.TryGetValue(header, out var column) || !row.Cells.TryGetValue(column, out var raw)) return null;
            var kind = table.Layout.Columns.Single(c => c.Header == header).Kind;
            var node = CellReading.Read(raw, kind, out var problem);
            if (problem is not null) Error(at, problem);
            return node;
        }

        private JsonArray List(string sheet, string field, Action<JsonObject, TableRow, Table, string>? more = null, params string[] elsewhere)
        {
            var items = new JsonArray();
            _where[$"$.{field}"] = sheet;
            if (Open(sheet) is not { } table) return items;
            foreach (var row in table.Rows)
            {
                var at = $"$.{field}[{items.Count}]";
                _where[at] = CellOf(table, row, "id");
                var item = new JsonObject();
                foreach (var column in table.Layout.Columns.Where(c => !elsewhere.Contains(c.Header)))
                    Put(item, column.Header, Value(table, row, column.Header, $"{at}.{column.Header}"));
                more?.Invoke(item, row, table, at);
                items.Add(item);
            }
            if (items.Count > 0) _root[field] = items;
            return items;
        }

        private void ReadCompetencies()
        {
            _where["$.competencies"] = Competencies;
            if (Open(Competencies) is not { } table) return;
            var names = new JsonArray();
            foreach (var row in table.Rows) names.Add(Value(table, row, "id", $"$.competencies[{names.Count}]"));
            if (names.Count > 0) _root["competencies"] = names;
        }

        /// <summary>
        /// Rows that fill a list inside an item (a cadre's pins): each row's first column names the item; the rest of the
        /// row is the entry, or its one value when <paramref name="valueColumn"/> is given.
        /// </summary>
        private void Children(string sheet, JsonArray owners, string ownerField, string field, string? valueColumn)
        {
            var ids = owners.Select(o => o?["id"]?.GetValue<string>()).ToList();
            var indexOf = new Dictionary<string, int>();
            for (var i = 0; i < ids.Count; i++)
            {
                _where[$"$.{ownerField}[{i}].{field}"] = _where[$"$.{ownerField}[{i}]"];
                if (ids[i] is { } id) indexOf.TryAdd(id, i);
            }
            if (Open(sheet) is not { } table) return;
            var ownerColumn = table.Layout.Columns[0];
            var entries = new Dictionary<int, JsonArray>();
            foreach (var row in table.Rows)
            {
                var ownerAt = CellOf(table, row, ownerColumn.Header);
                var owner = Text(table, row, ownerColumn.Header);
                if (owner is null)
                {
                    Error(ownerAt, $"required; give the {ownerColumn.Header} this row belongs to");
                    continue;
                }
                if (!indexOf.TryGetValue(owner, out var index))
                {
                    var hint = Suggest.Closest(owner, ids.OfType<string>());
                    Error(ownerAt, $"unknown {ownerColumn.Header} \"{owner}\"; " + (hint is null
                        ? $"use an id from sheet {ownerColumn.Lists}" : $"did you mean \"{hint}\"? (ids come from sheet {ownerColumn.Lists})"));
                    continue;
                }
                if (!entries.TryGetValue(index, out var list)) entries[index] = list = [];
                var at = $"$.{ownerField}[{index}].{field}[{list.Count}]";
                _where[at] = ownerAt;
                if (valueColumn is not null)
                    list.Add(Value(table, row, valueColumn, at));
                else
                {
                    var entry = new JsonObject();
                    foreach (var column in table.Layout.Columns.Skip(1))
                        Put(entry, column.Header, Value(table, row, column.Header, $"{at}.{column.Header}"));
                    list.Add(entry);
                }
            }
            foreach (var (index, list) in entries) owners[index]![field] = list;
        }

        private void ReadPolicy()
        {
            foreach (var area in new[] { "$.name", "$.horizon", "$.policy", "$.policy.tenure", "$.policy.weights" }) _where[area] = PolicySheet;
            if (Open(PolicySheet) is not { } table) return;
            var seen = new Dictionary<string, string>();
            foreach (var row in table.Rows)
            {
                var nameAt = CellOf(table, row, "setting");
                var name = Text(table, row, "setting");
                if (name is null)
                {
                    Error(nameAt, "the value has no setting; give the setting's name in column A, or clear the row");
                    continue;
                }
                if (PolicySettings.All.FirstOrDefault(s => s.Name == name) is not { } setting)
                {
                    var hint = Suggest.Closest(name, PolicySettings.All.Select(s => s.Name));
                    Error(nameAt, $"unknown setting \"{name}\"; " + (hint is null ? "the settings are listed in sheet Read me" : $"did you mean \"{hint}\"?"));
                    continue;
                }
                if (!seen.TryAdd(name, nameAt))
                {
                    Error(nameAt, $"setting \"{name}\" is given again (first at {seen[name]}); keep one row");
                    continue;
                }
                var at = CellOf(table, row, "value");
                _where[setting.JsonPath] = at;
                // A rule about a pair of settings (the default cycle's min above its max) points at the first of them.
                _where.TryAdd(setting.JsonPath[..setting.JsonPath.LastIndexOf('.')], at);
                if (!table.Columns.TryGetValue("value", out var v) || !row.Cells.TryGetValue(v, out var value)) continue;
                var node = CellReading.Read(value, setting.Kind, out var problem);
                if (problem is not null) Error(at, problem);
                if (node is not null) PutAt(setting.Name, node);
            }
        }

        private void ReadCalendar()
        {
            foreach (var area in new[] { "$.calendar", "$.calendar.holidays", "$.calendar.extraWorkdays" }) _where[area] = Calendar;
            if (Open(Calendar) is not { } table) return;
            var lists = new Dictionary<string, JsonArray> { ["holidays"] = [], ["extraWorkdays"] = [] };
            foreach (var row in table.Rows)
            {
                var kind = Text(table, row, "kind");
                var field = Same(kind ?? "", Holiday) ? "holidays" : Same(kind ?? "", ExtraWorkday) ? "extraWorkdays" : null;
                if (field is null)
                {
                    Error(CellOf(table, row, "kind"), kind is null
                        ? $"required; write {Holiday} or {ExtraWorkday}" : $"\"{kind}\" is neither {Holiday} nor {ExtraWorkday}; pick one");
                    continue;
                }
                lists[field].Add(Value(table, row, "day", $"$.calendar.{field}[{lists[field].Count}]"));
            }
            var calendar = new JsonObject();
            foreach (var (field, days) in lists)
                if (days.Count > 0) calendar[field] = days;
            if (calendar.Count > 0) _root["calendar"] = calendar;
        }

        /// <summary>The published plan: months across row 1 from column B, one row per cadre below.</summary>
        private void ReadPublished()
        {
            _where["$.published"] = Published;
            var values = sheets.FirstOrDefault(s => Same(s.Name, Published));
            if (values is null) return;
            var header = values.Rows.GetValueOrDefault(1) ?? [];
            var months = new JsonArray();
            var lastColumn = header.Keys.DefaultIfEmpty(1).Max();
            for (var column = 2; column <= lastColumn; column++)
            {
                var at = $"{Published}!{new CellAddress(column, 1)}";
                _where[$"$.published.months[{months.Count}]"] = at;
                JsonNode? month = null;
                if (header.TryGetValue(column, out var raw))
                {
                    month = CellReading.Read(raw, CellKind.Month, out var problem);
                    if (problem is not null) Error(at, problem);
                }
                else Error(at, "required; give the month of this column, or delete the column");
                months.Add(month);
            }
            var assignments = new JsonArray();
            foreach (var (number, cells) in values.Rows.Where(r => r.Key > 1))
            {
                var at = $"$.published.assignments[{assignments.Count}]";
                _where[at] = _where[$"{at}.cadre"] = $"{Published}!A{number}";
                var posts = new JsonArray();
                for (var column = 2; column <= lastColumn; column++)
                {
                    _where[$"{at}.posts[{posts.Count}]"] = $"{Published}!{new CellAddress(column, number)}";
                    posts.Add(cells.TryGetValue(column, out var post) ? CellReading.Read(post, CellKind.Text, out _) : null);
                }
                foreach (var extra in cells.Keys.Where(k => k > lastColumn))
                    Warnings.Add(new LoadProblem($"{Published}!{new CellAddress(extra, number)}", "lies beyond the last month column; ignored"));
                assignments.Add(new JsonObject
                {
                    ["cadre"] = cells.TryGetValue(1, out var cadre) ? CellReading.Read(cadre, CellKind.Text, out _) : null,
                    ["posts"] = posts,
                });
            }
            if (months.Count > 0 || assignments.Count > 0)
                _root["published"] = new JsonObject { ["months"] = months, ["assignments"] = assignments };
        }

        private static void Put(JsonObject item, string field, JsonNode? value)
        {
            if (value is not null) item[field] = value;
        }

        /// <summary>Sets a value at a dotted path from the root ("policy.weights.move"), making the objects on the way.</summary>
        private void PutAt(string dotted, JsonNode value)
        {
            var parts = dotted.Split('.');
            var target = _root;
            foreach (var part in parts[..^1])
            {
                if (target[part] is not JsonObject next) target[part] = next = [];
                target = next;
            }
            target[parts[^1]] = value;
        }

        private void Error(string at, string message)
        {
            Problems.Add(new LoadProblem(at, message));
            Reported.Add(at);
        }

        private static bool Same(string a, string b) => string.Equals(a.Trim(), b.Trim(), StringComparison.OrdinalIgnoreCase);
    }
}
