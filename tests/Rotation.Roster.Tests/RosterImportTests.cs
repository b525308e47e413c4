using Rotation.Domain.Loading;

namespace Rotation.Roster.Tests;

/// <summary>
/// Each kind of bad cell is reported with its sheet and cell and the fix, every one at once, and nothing is imported.
/// The template's example is the workbook edited: Cadres row 2 is c01 (in cyber-ops-1), row 3 c02 (a joiner).
/// </summary>
public class RosterImportTests
{
    private static readonly byte[] Template = RosterExport.Template();

    private static ScenarioInput Import(params (string Sheet, string Cell, object? Value)[] edits) =>
        RosterImport.Read(WorkbookEdit.With(Template, edits));

    private static IEnumerable<string> Problems(params (string Sheet, string Cell, object? Value)[] edits)
    {
        var imported = Import(edits);
        Assert.Null(imported.Json);
        Assert.Null(imported.Loaded.Value);
        return imported.Loaded.Problems.Select(p => p.ToString());
    }

    [Fact]
    public void An_unknown_reference_names_its_cell_and_the_closest_id()
    {
        Assert.Equal(["Cadres!D2: unknown post \"cyber-op-1\"; did you mean \"cyber-ops-1\"? (ids come from sheet Posts)"],
            Problems(("Cadres", "D2", "cyber-op-1")));
    }

    [Fact]
    public void A_row_for_an_unknown_cadre_names_its_cell_and_the_closest_id()
    {
        Assert.Equal(["Pins!A2: unknown cadre \"c1\"; did you mean \"c01\"? (ids come from sheet Cadres)"],
            Problems(("Pins", "A2", "c1")));
    }

    [Fact]
    public void A_word_in_a_number_column_is_not_a_number()
    {
        Assert.Equal(["Cadres!C2: \"two\" is not a whole number; write digits only, e.g. 2"], Problems(("Cadres", "C2", "two")));
    }

    [Fact]
    public void A_decimal_in_a_number_column_is_not_a_whole_number()
    {
        Assert.Equal(["Posts!F2: 2.5 is not a whole number; write digits only, e.g. 2"], Problems(("Posts", "F2", 2.5)));
    }

    [Fact]
    public void A_month_that_does_not_exist_is_a_bad_date()
    {
        Assert.Equal(["Unavailable!B2: \"2027-13\" is not a month; enter a date on the 1st of the month, or text such as 2027-03"],
            Problems(("Unavailable", "B2", "2027-13")));
    }

    [Fact]
    public void A_day_that_does_not_exist_is_a_bad_date()
    {
        Assert.Equal(["Calendar!A2: \"2027-02-30\" is not a day; enter a date, or text such as 2027-10-01"],
            Problems(("Calendar", "A2", "2027-02-30")));
    }

    [Fact]
    public void A_missing_required_cell_is_reported_at_that_cell()
    {
        Assert.Equal(["Cadres!C3: required; give the cadre's grade as a whole number, e.g. 2"], Problems(("Cadres", "C3", null)));
    }

    [Fact]
    public void A_repeated_id_names_both_cells()
    {
        Assert.Contains("Cadres!A3: cadre id \"c01\" is used again (first at Cadres!A2); give each cadre its own id",
            Problems(("Cadres", "A3", "c01")));
    }

    [Fact]
    public void A_rule_of_the_scenario_loader_is_reported_at_the_cell_of_its_json_path()
    {
        Assert.Equal(["Posts!E2: min headcount 3 is above max 2; lower min or raise max"], Problems(("Posts", "E2", 3.0)));
    }

    [Fact]
    public void A_rule_about_a_whole_row_is_reported_at_the_row_first_cell()
    {
        Assert.Equal(["Unavailable!A2: ends (2027-03) before it starts (2027-05); put the earlier month in \"from\""],
            Problems(("Unavailable", "C2", "2027-03")));
    }

    [Fact]
    public void A_work_nature_cycle_that_cannot_hold_is_reported_at_its_row()
    {
        Assert.Equal(["WorkNatures!A2: min 60 months is above max 48; a stint cannot be both"], Problems(("WorkNatures", "C2", 60.0)));
    }

    [Fact]
    public void A_calendar_day_of_no_known_kind_names_the_two_kinds()
    {
        Assert.Equal(["Calendar!B2: \"bank holiday\" is neither holiday nor extraWorkday; pick one"], Problems(("Calendar", "B2", "bank holiday")));
    }

    [Fact]
    public void An_unknown_setting_names_the_closest_one()
    {
        Assert.Equal(["Policy!A10: unknown setting \"policy.fairMove\"; did you mean \"policy.fairMoves\"?"],
            Problems(("Policy", "A10", "policy.fairMove")));
    }

    /// <summary>As with a JSON file, a cadre whose grade cannot be read is not checked further, so the typo is in another row.</summary>
    [Fact]
    public void Every_problem_is_listed_at_once()
    {
        Assert.Equal(
        [
            "Cadres!C3: \"two\" is not a whole number; write digits only, e.g. 2",
            "Unavailable!B2: \"2027-13\" is not a month; enter a date on the 1st of the month, or text such as 2027-03",
            "Cadres!D2: unknown post \"cyber-op-1\"; did you mean \"cyber-ops-1\"? (ids come from sheet Posts)",
        ], Problems(("Cadres", "C3", "two"), ("Unavailable", "B2", "2027-13"), ("Cadres", "D2", "cyber-op-1")));
    }

    [Fact]
    public void An_extra_column_is_a_warning_and_the_rest_is_imported()
    {
        var imported = Import(("Cadres", "I1", "favourite colour"), ("Cadres", "I2", "blue"));

        Assert.True(imported.Loaded.Succeeded);
        Assert.Equal(["Cadres!I1: column \"favourite colour\" is not one of this sheet's (id, name, grade, post, since, joins, leaves, locked); it is ignored"],
            imported.Loaded.Warnings.Select(w => w.ToString()));
    }

    [Fact]
    public void A_value_under_no_header_is_a_warning()
    {
        var imported = Import(("Posts", "M2", "note"));

        Assert.True(imported.Loaded.Succeeded);
        Assert.Equal(["Posts!M2: a value in a column without a header; the column is ignored"], imported.Loaded.Warnings.Select(w => w.ToString()));
    }

    [Fact]
    public void Numbers_and_dates_stored_as_text_and_empty_trailing_rows_import_as_the_same_scenario()
    {
        var imported = Import(("Cadres", "C2", "2"), ("Cadres", "E2", "2024-03"), ("Unavailable", "B2", "2027-05-01"),
            ("Calendar", "A2", "2027-10-01"), ("Cadres", "A40", ""), ("Posts", "E2", "1"));

        Assert.Equal(Canonical.Of(Canonical.Import(Template)), Canonical.Of(Canonical.Load(imported.Json!)));
    }

    [Fact]
    public void A_date_written_as_an_iso_date_cell_is_read_as_that_date()
    {
        var edited = WorkbookEdit.With(Template, ("Unavailable", "B2", new DateTime(2027, 5, 1)));

        Assert.Equal(Canonical.Of(Canonical.Import(Template)), Canonical.Of(Canonical.Import(edited)));
    }

    [Fact]
    public void A_file_that_is_no_workbook_says_so()
    {
        var imported = RosterImport.Read([.. "PK\u0003\u0004 not really a zip"u8]);

        var problem = Assert.Single(imported.Loaded.Problems);
        Assert.Equal(RosterImport.WholeWorkbook, problem.Path);
        Assert.StartsWith("not a readable .xlsx workbook (", problem.Message);
    }

    [Fact]
    public void A_sheet_that_unpacks_beyond_the_limit_is_refused()
    {
        var sheets = Xlsx.WorkbookReader.Read(Template, out var problem, maxCharactersInPart: 100);

        Assert.Null(sheets);
        Assert.StartsWith("not a readable .xlsx workbook (", problem);
    }

    [Fact]
    public void A_json_file_is_read_as_json_and_a_workbook_by_its_signature()
    {
        var json = File.ReadAllBytes(Repo.PathTo("datasets/pku-branch.json"));

        Assert.Same(json, ScenarioInput.Read(json, "scenario.json").Json);
        Assert.True(ScenarioInput.Read(Template, "roster").Loaded.Succeeded);
        Assert.Equal([new LoadProblem("$", "the file is empty; it should hold one JSON object {...}")], ScenarioInput.Read([], "x.json").Loaded.Problems);
    }
}
