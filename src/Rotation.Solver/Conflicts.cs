using Rotation.Domain.Rules;
using Rotation.Domain.Scenarios;
using Rotation.Domain.Time;

namespace Rotation.Solver;

/// <summary>Turns a conflict id (<c>tenure.max:c03</c>) into one plain sentence for the person reading the report.</summary>
public static class Conflicts
{
    public static string Describe(string id, Scenario scenario)
    {
        var parts = id.Split(':');
        string Cadre(int i) => parts.Length > i ? Who(parts[i], scenario) : "?";
        string Part(int i) => parts.Length > i ? parts[i] : "?";
        return parts[0] switch
        {
            RuleIds.Presence => $"{Cadre(1)} cannot hold exactly one post in every month present.",
            RuleIds.HeadcountMax => $"Post {Part(1)} would exceed its maximum headcount in {Part(2)}.",
            RuleIds.HeadcountMin => $"Critical post {Part(1)} cannot keep its minimum of available holders in {Part(2)}.",
            RuleIds.Grade => $"{Cadre(1)} has no post to move to that admits their grade when a move is needed.",
            RuleIds.Competency => $"{Cadre(1)} cannot gain a required competency in time for the move that is needed.",
            RuleIds.TenureMin => $"{Cadre(1)} would leave a post before the minimum months of its rotation cycle.",
            RuleIds.TenureMax => $"{Cadre(1)} would stay in a post beyond the maximum months of its rotation cycle.",
            RuleIds.TenureStart => $"{Cadre(1)} must stay in their starting post until its cycle minimum is reached.",
            RuleIds.Availability => $"{Cadre(1)} cannot move while unavailable.",
            RuleIds.Blackout => $"Office {Part(1)} allows no moves in {Part(2)} (blackout month).",
            RuleIds.ThroughputMonth => $"The limit on moves per month is reached in {Part(1)}.",
            RuleIds.ThroughputOffice => $"Office {Part(1)} reaches its limit on departures in {Part(2)}.",
            RuleIds.Training => $"Training limits (one course at a time, session capacity) bind for {Part(1)}.",
            RuleIds.Avoidance => $"{Cadre(1)} and {Cadre(2)} must never work in the same office.",
            RuleIds.Locked => $"{Cadre(1)} is locked in their post and cannot move.",
            RuleIds.NoReturn => $"{Cadre(1)} cannot return to a post within the no-return period.",
            RuleIds.Freeze => $"{Cadre(1)} must keep the published posts of the frozen months.",
            RuleIds.Pin => $"{Cadre(1)} is pinned to {Pinned(parts, scenario)} in {Part(2)}.",
            RuleIds.Unexplained => "No plan keeps every rule, but no small set of clashing rules was found in the time allowed; a longer --time-limit gives the search more time.",
            _ => $"Rule group {id} cannot hold together with the others.",
        };
    }

    private static string Pinned(string[] parts, Scenario scenario) =>
        parts.Length > 2 && scenario.Cadres.FirstOrDefault(c => c.Id == parts[1]) is { } cadre &&
        YearMonth.TryParse(parts[2]) is { } month && cadre.PinnedPostIn(month) is { } post ? $"post {post}" : "a post";

    private static string Who(string id, Scenario scenario) =>
        scenario.Cadres.FirstOrDefault(c => c.Id == id) is { Name: { Length: > 0 } name } ? $"{id} ({name})" : id;
}
