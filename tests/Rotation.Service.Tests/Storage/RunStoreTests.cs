using Microsoft.Data.Sqlite;
using Rotation.Service.Queue;
using Rotation.Service.Storage;
using Rotation.Service.Tests.Support;

namespace Rotation.Service.Tests.Storage;

public sealed class RunStoreTests : IDisposable
{
    private static readonly DateTimeOffset Now = new(2027, 1, 4, 9, 0, 0, TimeSpan.Zero);
    private readonly string _folder = TempFolder.Create();

    private string Database => Path.Combine(_folder, "rotation.db");

    [Fact]
    public void A_run_added_is_there_after_the_store_is_opened_again()
    {
        var id = Add(new RunStore(Database), "scenario");

        var run = new RunStore(Database).Get(id);

        Assert.Equal(RunState.Queued, run!.State);
        Assert.Equal(Now, run.Submitted);
        Assert.Equal("scenario"u8.ToArray(), new RunStore(Database).ClaimNext(Now)!.Scenario);
    }

    [Fact]
    public void Runs_are_claimed_oldest_first_and_once()
    {
        var store = new RunStore(Database);
        var first = Add(store, "a");
        var second = Add(store, "b");

        Assert.Equal(first, store.ClaimNext(Now)!.Id);
        Assert.Equal(second, store.ClaimNext(Now)!.Id);
        Assert.Null(store.ClaimNext(Now));
        Assert.Equal(RunState.Running, store.Get(first)!.State);
    }

    [Fact]
    public void Recovery_queues_again_the_runs_that_were_solving_except_those_asked_to_cancel()
    {
        var store = new RunStore(Database);
        var interrupted = Add(store, "a");
        var cancelled = Add(store, "b");
        var finished = Add(store, "c");
        store.ClaimNext(Now);
        store.ClaimNext(Now);
        store.ClaimNext(Now);
        store.RequestCancel(cancelled, Now);
        store.Finish(finished, new RunOutcome(RunState.Completed, "Optimal", null, null), Now);

        var requeued = new RunStore(Database).Recover(Now);

        Assert.Equal(1, requeued);
        Assert.Equal(RunState.Queued, store.Get(interrupted)!.State);
        Assert.Null(store.Get(interrupted)!.Started);
        Assert.Equal(RunState.Cancelled, store.Get(cancelled)!.State);
        Assert.Equal(RunState.Completed, store.Get(finished)!.State);
    }

    [Fact]
    public void Cancel_ends_a_queued_run_marks_a_running_one_and_refuses_a_finished_or_unknown_one()
    {
        var store = new RunStore(Database);
        var running = Add(store, "a");
        store.ClaimNext(Now);
        var queued = Add(store, "b");

        Assert.Equal(CancelResult.CancelledBeforeStart, store.RequestCancel(queued, Now));
        Assert.Equal(CancelResult.Requested, store.RequestCancel(running, Now));
        Assert.Equal(CancelResult.AlreadyFinished, store.RequestCancel(queued, Now));
        Assert.Equal(CancelResult.NotFound, store.RequestCancel(RunId.New(), Now));
        Assert.Equal(RunState.Running, store.Get(running)!.State);
        Assert.True(store.Get(running)!.CancelRequested);
    }

    [Fact]
    public void Progress_is_stored_while_running_and_the_final_figures_when_finished()
    {
        var store = new RunStore(Database);
        var id = Add(store, "a");
        store.ClaimNext(Now);

        store.ReportProgress(id, new RunProgress(1.5, 120, 80, 0.33, 2));
        var live = store.Get(id)!.Progress;
        store.Finish(id, new RunOutcome(RunState.Completed, "Feasible", new RunProgress(4, 100, 90, 0.1, 0), null), Now.AddSeconds(4));

        Assert.Equal(new RunProgress(1.5, 120, 80, 0.33, 2), live);
        var done = store.Get(id)!;
        Assert.Equal(100, done.Progress!.Objective);
        Assert.Equal("Feasible", done.PlanStatus);
        Assert.Equal(Now.AddSeconds(4), done.Finished);
    }

    [Fact]
    public void A_run_from_an_inbox_file_is_found_by_its_content_only_when_made_after_the_file_was_written()
    {
        var store = new RunStore(Database);
        var bytes = "scenario"u8.ToArray();
        store.Add(RunId.New(), "inbox/a.json", 5, bytes, RunSubmitter.Sha(bytes), Now);

        Assert.True(store.HasRunFrom("inbox/a.json", RunSubmitter.Sha(bytes), Now.AddSeconds(-1)));
        Assert.False(store.HasRunFrom("inbox/a.json", RunSubmitter.Sha(bytes), Now.AddSeconds(1)));
        Assert.False(store.HasRunFrom("inbox/b.json", RunSubmitter.Sha(bytes), Now.AddSeconds(-1)));
    }

    [Fact]
    public void A_run_keeps_the_candidates_it_asked_for_its_parent_and_its_scenario_with_the_scenarios_hash()
    {
        var store = new RunStore(Database);
        var parent = Add(store, "a");
        var child = RunId.New();
        var bytes = "b"u8.ToArray();

        store.Add(child, "api", 5, bytes, RunSubmitter.Sha(bytes), Now, new CandidatesAsked(3, 12), parent);

        var run = new RunStore(Database).Get(child)!;
        Assert.Equal((new CandidatesAsked(3, 12), parent), (run.Candidates, run.Parent));
        Assert.Equal((null, null), (store.Get(parent)!.Candidates, store.Get(parent)!.Parent));
        Assert.Null(store.ClaimNext(Now)!.Candidates);
        Assert.Equal(new CandidatesAsked(3, 12), store.ClaimNext(Now)!.Candidates);
        Assert.Equal(bytes, store.Scenario(child)!.Content);
        Assert.Equal(RunSubmitter.Sha(bytes), store.Scenario(child)!.Sha);
        Assert.Null(store.Scenario(RunId.New()));
    }

    [Fact]
    public void A_suggest_run_keeps_its_question_and_its_parent_and_the_claim_hands_them_on()
    {
        var store = new RunStore(Database);
        var parent = Add(store, "a");
        store.ClaimNext(Now);
        var child = RunId.New();
        var question = new SuggestAsked("b1", null, "2027-03", 5);

        store.Add(child, "api", 5, "b"u8.ToArray(), "sha", Now, parent: parent, question: question);

        Assert.Equal((parent, question), (new RunStore(Database).Get(child)!.Parent, new RunStore(Database).Get(child)!.Question));
        Assert.Null(store.Get(parent)!.Question);
        Assert.Equal((child, parent, question), store.ClaimNext(Now) is { } claimed ? (claimed.Id, claimed.Parent, claimed.Question) : default);
    }

    [Fact]
    public void A_database_made_before_candidates_and_parents_opens_with_its_runs_and_takes_new_ones()
    {
        using (var old = new SqliteConnection($"Data Source={Database};Pooling=False"))
        {
            old.Open();
            using var create = old.CreateCommand();
            create.CommandText = """
                CREATE TABLE runs (
                    seq INTEGER PRIMARY KEY AUTOINCREMENT, id TEXT NOT NULL UNIQUE, source TEXT NOT NULL, state TEXT NOT NULL,
                    time_limit REAL NOT NULL, scenario BLOB NOT NULL, scenario_sha TEXT NOT NULL, submitted TEXT NOT NULL,
                    started TEXT, finished TEXT, elapsed REAL, objective INTEGER, bound REAL, gap REAL, solutions INTEGER,
                    plan_status TEXT, error TEXT, cancel_requested INTEGER NOT NULL DEFAULT 0);
                INSERT INTO runs (id, source, state, time_limit, scenario, scenario_sha, submitted)
                VALUES ('AAAAAAAAAAAAAAAAAAAAAA', 'api', 'Completed', 5, x'7B7D', 'sha', '2027-01-04T09:00:00.0000000+00:00');
                """;
            create.ExecuteNonQuery();
        }

        var store = new RunStore(Database);
        var added = RunId.New();
        store.Add(added, "api", 5, [], "sha", Now, new CandidatesAsked(2, 1), "AAAAAAAAAAAAAAAAAAAAAA");
        var suggesting = RunId.New();
        store.Add(suggesting, "api", 5, [], "sha", Now, parent: "AAAAAAAAAAAAAAAAAAAAAA", question: new SuggestAsked(null, "c1", "2027-02", 3));

        var kept = store.Get("AAAAAAAAAAAAAAAAAAAAAA")!;
        Assert.Equal((RunState.Completed, null, null, null), (kept.State, kept.Candidates, kept.Parent, kept.Question));
        Assert.Equal("AAAAAAAAAAAAAAAAAAAAAA", new RunStore(Database).Get(added)!.Parent);
        Assert.Equal(new SuggestAsked(null, "c1", "2027-02", 3), new RunStore(Database).Get(suggesting)!.Question);
    }

    public void Dispose() => TempFolder.Delete(_folder);

    private static string Add(RunStore store, string scenario)
    {
        var id = RunId.New();
        var bytes = System.Text.Encoding.UTF8.GetBytes(scenario);
        store.Add(id, "api", 5, bytes, RunSubmitter.Sha(bytes), Now);
        return id;
    }
}
