namespace Rotation.Service.Tests.Support;

/// <summary>Scenario files for the service tests.</summary>
internal static class Scenarios
{
    /// <summary>Two cadres, two posts, six months: solved to optimality in well under a second.</summary>
    public const string Tiny = """
        { "name": "tiny", "horizon": { "start": "2027-01", "months": 6 },
          "offices": [ { "id": "a" }, { "id": "b" } ], "workNatures": [ { "id": "w" } ],
          "posts": [ { "id": "a1", "office": "a", "workNature": "w" }, { "id": "b1", "office": "b", "workNature": "w" } ],
          "cadres": [ { "id": "c1", "grade": 1, "post": "a1", "since": "2026-01" },
                      { "id": "c2", "grade": 1, "post": "b1", "since": "2026-01" } ],
          "policy": { "tenure": { "default": { "min": 1, "max": 36 } } } }
        """;

    /// <summary>
    /// <see cref="Tiny"/> as a roster workbook (.xlsx), with the first cadre's post (Cadres!D2) replaced by
    /// <paramref name="firstPost"/> when given.
    /// </summary>
    public static byte[] TinyWorkbook(string? firstPost = null)
    {
        var workbook = Roster.RosterExport.ToBytes(Domain.Loading.ScenarioLoader.Load(Tiny).Value!);
        if (firstPost is null) return workbook;
        using var stream = new MemoryStream();
        stream.Write(workbook);
        using (var document = DocumentFormat.OpenXml.Packaging.SpreadsheetDocument.Open(stream, true))
        {
            var book = document.WorkbookPart!;
            var sheet = book.Workbook.Sheets!.Elements<DocumentFormat.OpenXml.Spreadsheet.Sheet>().Single(s => s.Name == Roster.RosterLayout.Cadres);
            var cell = ((DocumentFormat.OpenXml.Packaging.WorksheetPart)book.GetPartById(sheet.Id!)).Worksheet
                .Descendants<DocumentFormat.OpenXml.Spreadsheet.Cell>().Single(c => c.CellReference == "D2");
            cell.InlineString = new DocumentFormat.OpenXml.Spreadsheet.InlineString(new DocumentFormat.OpenXml.Spreadsheet.Text(firstPost));
        }
        return stream.ToArray();
    }

    /// <summary>A cadre in a post that does not exist: one problem, at $.cadres[0].post.</summary>
    public const string UnknownPost = """
        { "name": "bad", "horizon": { "start": "2027-01", "months": 6 },
          "offices": [ { "id": "a" } ], "workNatures": [ { "id": "w" } ],
          "posts": [ { "id": "a1", "office": "a", "workNature": "w" } ],
          "cadres": [ { "id": "c1", "grade": 1, "post": "a2", "since": "2026-01" } ] }
        """;

    /// <summary>The seed dataset: far from solved in a few seconds, so a solve on it is still running when a test acts.</summary>
    public static byte[] Seed => File.ReadAllBytes(Repo.PathTo("datasets/pku-branch.json"));
}
