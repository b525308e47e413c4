using Microsoft.AspNetCore.Http;
using Rotation.Service.Queue;
using Rotation.Service.Storage;

namespace Rotation.Service.Api;

/// <summary>Why a request is refused as a whole: the status and the one sentence of its problem details.</summary>
public sealed record Refusal(int Status, string Detail)
{
    public IResult ToResult() => Results.Problem(Detail, statusCode: Status);

    public static Refusal BadRequest(string detail) => new(StatusCodes.Status400BadRequest, detail);
}

/// <summary>
/// What came of a request to queue a run, for the API and the web app alike: the queued run, or every problem that kept
/// it out (a refusal, the request's own problems, or the scenario's).
/// </summary>
/// <param name="What">What the problems are in, for the API's title: "scenario", "re-plan request".</param>
public sealed record Queued(Submission? Submission, Refusal? Refusal, string What, IReadOnlyList<string> Errors)
{
    public RunRecord? Run => Submission?.Run;

    public IReadOnlyList<string> Problems =>
        Refusal is { } refusal ? [refusal.Detail]
        : Submission is { Run: null } refused ? [.. refused.Problems.Select(p => p.ToString())]
        : Errors;

    public IReadOnlyList<string> Warnings => Submission is { } submission ? [.. submission.Warnings.Select(w => w.ToString())] : [];

    public static Queued Refused(Refusal refusal) => new(null, refusal, "", []);

    public static Queued Invalid(string what, IReadOnlyList<string> errors) => new(null, null, what, errors);

    public static Queued Submitted(Submission submission, string what) => new(submission, null, what, []);

    /// <summary>202 with the run, or the refusal, or 400 with every problem.</summary>
    public IResult ToResult(IRunFolders folders) =>
        Refusal?.ToResult() ?? (Submission is { } submission ? RunEndpoints.Accepted(submission, What, folders) : RunEndpoints.Invalid(What, Errors, []));
}
