using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using Rotation.Service.Storage;
using Rotation.Service.Tests.Support;

namespace Rotation.Service.Tests.Api;

/// <summary>A roster workbook (.xlsx) is a scenario like a JSON file: uploaded as a form file or sent as the body.</summary>
public class WorkbookUploadTests
{
    [Fact]
    public async Task A_workbook_uploaded_as_a_form_file_is_queued_solved_and_stored_as_json()
    {
        await using var service = await TestService.StartAsync();
        var form = new MultipartFormDataContent { { new ByteArrayContent(Scenarios.TinyWorkbook()), "scenario", "tiny.xlsx" } };

        var run = await Calls.Accept(await service.Planner().PostAsync("/api/runs", form));
        var done = await Calls.WaitUntilFinished(service.Planner(), run.Run.Id);

        Assert.Equal(("api/tiny.xlsx", RunState.Completed, "Optimal"), (done.Run.Source, done.Run.State, done.Run.PlanStatus));
        var stored = JsonDocument.Parse(service.Store().Scenario(run.Run.Id)!.Content).RootElement;
        Assert.Equal("tiny", stored.GetProperty("name").GetString());
    }

    [Fact]
    public async Task A_workbook_sent_as_the_body_with_its_content_type_is_queued()
    {
        await using var service = await TestService.StartAsync();
        var body = new ByteArrayContent(Scenarios.TinyWorkbook())
        {
            Headers = { ContentType = new MediaTypeHeaderValue("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet") },
        };

        var run = await Calls.Accept(await service.Planner().PostAsync("/api/runs?timeLimit=2", body));

        Assert.Equal("api", run.Run.Source);
    }

    [Fact]
    public async Task A_workbook_with_a_bad_cell_gets_400_naming_the_sheet_and_cell_and_nothing_is_queued()
    {
        await using var service = await TestService.StartAsync();
        var form = new MultipartFormDataContent { { new ByteArrayContent(Scenarios.TinyWorkbook(firstPost: "a2")), "scenario", "tiny.xlsx" } };

        var response = await service.Planner().PostAsync("/api/runs", form);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("errors");
        Assert.Equal(["Cadres!D2: unknown post \"a2\"; did you mean \"a1\"? (ids come from sheet Posts)"], errors.EnumerateArray().Select(e => e.GetString()));
        Assert.Empty(service.Store().List(10));
    }
}
