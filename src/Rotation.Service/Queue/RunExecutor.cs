using Microsoft.Extensions.Logging;
using Rotation.Domain.Loading;
using Rotation.Domain.Scenarios;
using Rotation.Domain.Time;
using Rotation.Runs;
using Rotation.Service.Api;
using Rotation.Service.Options;
using Rotation.Service.Storage;
using Rotation.Solver;

namespace Rotation.Service.Queue;

/// <summary>
/// Runs one claimed run through <see cref="SolveRun"/>, <see cref="CandidatesRun"/> when it asks for candidates, or
/// <see cref="SuggestRun"/> when it asks a question of its parent's plan, into
/// the attempt's work folder, and stores how it ended. A cancel keeps the best plan so far; a shutdown does too, and puts
/// the run back in the queue so it gets its full time limit after the restart.
/// </summary>
public sealed class RunExecutor(IRunStore store, IRunFolders folders, RunCancellations cancellations, ServiceOptions options,
    TimeProvider clock, ILogger<RunExecutor> logger)
{
    public void Execute(ClaimedRun run, CancellationToken stopping)
    {
        using var scope = logger.BeginScope("Run {RunId} attempt {Attempt} on {Worker}", run.Id, run.Attempt, options.WorkerName);
        using var cancel = cancellations.Register(run.Id, stopping);
        // Catches a cancel that came before the registration, and one asked of another node of the cluster.
        using var watch = new CancelWatch(store, run, () => cancellations.Cancel(run.Id), clock);
        try
        {
            Run(run, stopping, cancel.Token);
        }
        finally
        {
            folders.Release(run);
        }
    }

    private void Run(ClaimedRun run, CancellationToken stopping, CancellationToken cancel)
    {
        try
        {
            var loaded = ScenarioLoader.Load(run.Scenario);
            if (!loaded.Succeeded)
            {
                Finish(run, new RunOutcome(RunState.Failed, null, null,
                    "the stored scenario no longer loads: " + string.Join("; ", loaded.Problems)), folders.WorkFolder(run));
                return;
            }
            logger.LogInformation("Solving for up to {TimeLimit} s", run.TimeLimitSeconds);
            var progress = new StoredProgress(store, run);
            var solveOptions = new SolveOptions
            {
                TimeLimitSeconds = run.TimeLimitSeconds,
                Workers = options.Workers,
                Progress = progress,
                Cancellation = cancel,
            };
            var folder = folders.WorkFolder(run);
            if (run.Question is { } question)
            {
                var error = Suggest(run, question, loaded.Value!, solveOptions, folder);
                if (!Requeued(run, stopping, "its suggestions so far"))
                    Finish(run, new RunOutcome(error is not null ? RunState.Failed
                        : cancel.IsCancellationRequested ? RunState.Cancelled : RunState.Completed, null, null, error), folder);
                return;
            }
            var result = Solve(run, loaded.Value!, solveOptions, folder);
            var plan = result.Plan;
            var final = plan is { Objective: { } objective, BestBound: { } bound }
                ? new RunProgress(plan.SolveSeconds, objective, bound, Gap(objective, bound), progress.Solutions)
                : null;
            if (Requeued(run, stopping, $"a {plan.Status} plan")) return;
            if (!result.Accepted)
                Finish(run, new RunOutcome(RunState.Failed, plan.Status.ToString(), final,
                    $"the solver's plan broke the contract (a bug, kept as {Path.GetRelativePath(folder, result.Written[0])}): " +
                    string.Join("; ", result.Check.Violations.Take(5))), folder);
            else
                Finish(run, new RunOutcome(cancel.IsCancellationRequested ? RunState.Cancelled : RunState.Completed,
                    plan.Status.ToString(), final, null), folder);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            logger.LogError(ex, "The run failed");
            Finish(run, new RunOutcome(RunState.Failed, null, null, $"internal error ({ex.GetType().Name}: {ex.Message}); this is a bug"),
                folders.WorkFolder(run));
        }
    }

    /// <summary>
    /// The run's plan: its solve's, or for a candidates run the best candidate's, or the first rejected one's when the
    /// checker accepted none.
    /// </summary>
    private SolveRunResult Solve(ClaimedRun run, Scenario scenario, SolveOptions solveOptions, string folder)
    {
        var source = RunSource.FileName(run.Source);
        if (run.Candidates is not { } asked)
            return SolveRun.Run(scenario, solveOptions, folder, clock, source);
        logger.LogInformation("Looking for {Count} candidates at least {Diversity} cells apart", asked.Count, asked.Diversity);
        var result = CandidatesRun.Run(scenario, asked.Count, asked.Diversity, solveOptions, folder, clock, source);
        // A rejected candidate is a bug even when others hold; the run still offers those.
        foreach (var rejected in result.Rejected)
            logger.LogError("A candidate broke the contract (a bug), kept as {File}", Path.GetRelativePath(folder, rejected.Written[0]));
        if (result.Shortfall is { } why) logger.LogInformation("Found {Found} of {Count} candidates: {Why}", result.Candidates.Count, asked.Count, why);
        return result.Candidates.Count > 0 ? result.Candidates[0] : result.Rejected[0];
    }

    /// <summary>
    /// A suggest run: <see cref="SuggestRun"/> on the parent plan (by its address: a run's plan, candidate-1's for a
    /// candidates run, or one candidate's or suggestion's), the question as stored. Returns why it could not start, or null.
    /// </summary>
    private string? Suggest(ClaimedRun run, SuggestAsked asked, Scenario scenario, SolveOptions solveOptions, string folder)
    {
        var (parent, problem) = PlanAddress.Find(run.Parent!, store, folders);
        if (parent is null) return $"the plan of parent run {run.Parent} cannot be read: {problem!.Detail}";
        logger.LogInformation("Suggesting for {Question} of run {Parent}", asked, run.Parent);
        var result = SuggestRun.Run(Replan.Parse(run.Scenario).AsObject(), scenario, parent.Plan,
            new SuggestQuestion(asked.Post, asked.Cadre, YearMonth.Parse(asked.Month), asked.Top), solveOptions, folder, clock);
        logger.LogInformation("{Count} suggestions ({Tried} of {Eligible} possible re-planned)", result.Suggestions.Count, result.Tried, result.Eligible);
        return null;
    }

    /// <summary>When the service is stopping (not a cancel), puts the run back in the queue and says so.</summary>
    private bool Requeued(ClaimedRun run, CancellationToken stopping, string kept)
    {
        if (!stopping.IsCancellationRequested || store.Get(run.Id)?.CancelRequested == true) return false;
        store.Requeue(run);
        logger.LogInformation("Stopped by shutdown with {Kept}; queued again", kept);
        return true;
    }

    private void Finish(ClaimedRun run, RunOutcome outcome, string folder)
    {
        if (store.Finish(run, outcome, clock.GetUtcNow(), folder))
            logger.LogInformation("Finished {State} with plan {PlanStatus}", outcome.State, outcome.PlanStatus ?? "none");
        else
            logger.LogWarning("Finished {State}, but a later attempt holds the run; this attempt's outcome is dropped", outcome.State);
    }

    private static double Gap(long objective, double bound) => new SolveProgress(0, objective, bound, 0).Gap;

    /// <summary>Stores each improving plan's figures, so GET shows live progress and a restart keeps the last seen.</summary>
    private sealed class StoredProgress(IRunStore store, ClaimedRun run) : IProgress<SolveProgress>
    {
        /// <summary>Improving plans seen so far, for the final figures.</summary>
        public int Solutions { get; private set; }

        public void Report(SolveProgress p)
        {
            Solutions = p.Solutions;
            store.ReportProgress(run, new RunProgress(p.ElapsedSeconds, p.Objective, p.Bound, p.Gap, p.Solutions));
        }
    }
}
