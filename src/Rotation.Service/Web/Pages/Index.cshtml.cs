using Microsoft.AspNetCore.Mvc.RazorPages;
using Rotation.Service.Auth;
using Rotation.Service.Storage;

namespace Rotation.Service.Web.Pages;

/// <summary>The runs, newest first, with their progress; the page reloads itself while any is queued or running.</summary>
public sealed class IndexModel(IRunStore store, IExperimentStore experiments, TimeProvider clock) : PageModel
{
    /// <summary>How many runs the page lists.</summary>
    public const int Shown = 200;

    public IReadOnlyList<RunRecord> Runs { get; private set; } = [];

    public IReadOnlyList<ExperimentEntry> Experiments { get; private set; } = [];

    public DateTimeOffset Now { get; private set; }

    public bool InFlight => Runs.Any(Display.InFlight);

    public bool IsPlanner => User.IsInRole(Roles.Planner);

    public void OnGet()
    {
        Runs = store.List(Shown);
        Experiments = experiments.ListExperiments(Shown);
        Now = clock.GetUtcNow();
    }
}
