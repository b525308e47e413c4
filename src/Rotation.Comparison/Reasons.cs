using Rotation.Checking.Objective;
using Rotation.Domain.Scenarios;
using CheckedView = Rotation.Checking.PlanView;

namespace Rotation.Comparison;

/// <summary>
/// One reason a plan scores differently from the reference: a term's weighted contribution (with its sign, so rewards
/// are negative) in this plan minus the same in the reference, for one cadre, post or month, with a sentence saying it.
/// </summary>
/// <param name="Plan">The plan explained, counted from 1; the reference is plan 1.</param>
public sealed record Reason(int Plan, string Term, long Delta, string? Cadre, string? Post, string? Month, string Text);

/// <summary>
/// Explains each plan against the reference term by term. Each term's count is split into items (see
/// <see cref="ITerm.Items"/>); items that differ between the two plans become reasons, so a term's reasons add up exactly
/// to the difference in its contribution to the objective.
/// </summary>
internal static class Reasons
{
    /// <param name="label">A cadre's name as the outputs print it ("张伟 (c01)").</param>
    public static IEnumerable<Reason> Explain(int plan, CheckedView reference, CheckedView other, Func<string, string> label)
    {
        var scenario = reference.Scenario;
        foreach (var term in ObjectiveRule.AllTerms)
        {
            var weight = term.Weight(scenario.Policy.Weights);
            if (weight == 0) continue;
            var before = Items(term, reference);
            var after = Items(term, other);
            foreach (var key in before.Keys.Concat(after.Keys.Where(k => !before.ContainsKey(k))))
            {
                var was = before.GetValueOrDefault(key);
                var now = after.GetValueOrDefault(key);
                var delta = weight * ((now?.Count ?? 0) - (was?.Count ?? 0));
                if (delta == 0) continue;
                var item = now ?? was!;
                var worse = (now?.Count ?? 0) > (was?.Count ?? 0);
                var cadre = item.Cadre ?? (term is VacancyTerm ? Cover(item, worse ? reference : other, worse ? other : reference) : null);
                yield return new Reason(plan, term.Id, delta, cadre, item.Post, item.Month is { } t ? reference.Label(t) : null,
                    Sentence(term.Id, item, cadre is null ? null : label(cadre), was?.Count ?? 0, now?.Count ?? 0, scenario));
            }
        }
    }

    /// <summary>The items of a term keyed by what makes them the same item in another plan of the scenario.</summary>
    private static Dictionary<(string?, string?, int?, string?), TermItem> Items(ITerm term, CheckedView view) =>
        term.Items(view).ToDictionary(i => term switch
        {
            // A wish met, or an office new to the cadre, is the same however the months fall.
            PreferenceTerm => (i.Cadre, i.Post, null, null),
            CrossOfficeTerm => (i.Cadre, null, null, i.Subject),
            ChangesTerm => (i.Cadre, null, i.Month, null),
            _ => (i.Cadre, i.Post, i.Month, i.Subject),
        });

    /// <summary>For a post short in one plan, someone who holds it in the other plan that month and not in this one.</summary>
    private static string? Cover(TermItem shortfall, CheckedView covered, CheckedView shortOf)
    {
        var t = shortfall.Month!.Value;
        var holders = shortOf.HoldersOf(shortfall.Post!, t).Select(c => c.Id).ToHashSet();
        return covered.HoldersOf(shortfall.Post!, t).Select(c => c.Id).FirstOrDefault(id => !holders.Contains(id));
    }

    /// <param name="named">The label of the cadre behind the item; null when none is.</param>
    private static string Sentence(string term, TermItem item, string? named, long was, long now, Scenario scenario)
    {
        var who = named ?? "Nobody";
        var month = item.Month is { } t ? scenario.Horizon.MonthAt(t).ToString() : "";
        return term switch
        {
            "vacancy" => $"Post {item.Post} lacks {Count(now, "holder")} in {month}, against {was} in the reference" +
                         (named is null ? "." : $"; {who} holds it in the plan with fewer missing."),
            "moves" => now > was
                ? $"{who} moves into {item.Post} in {month}; the reference has no such move."
                : $"{who} does not move into {item.Post} in {month}, as the reference does.",
            "excessMoves" => $"{who} makes {Count(now, "move")} beyond the fair share, against {was} in the reference.",
            "trainingCost" => now > was
                ? $"{who} takes course {item.Subject} from {month}, which the reference does not."
                : $"{who} does not take course {item.Subject} from {month}, as the reference does.",
            "crossOffice" => now > was
                ? $"{who} gains experience of an office new to them, {item.Subject} ({item.Post} from {month})."
                : $"{who} does not work in {item.Subject}, an office new to them, as in the reference.",
            "preference" => $"{who}'s wishes met in {item.Post} weigh {now} here against {was} in the reference.",
            _ => now > was
                ? $"{who} holds {item.Post ?? "no post"} in {month} instead of the published {item.Subject}."
                : $"{who} keeps the published {item.Subject} in {month}, unlike the reference.",
        };
    }

    private static string Count(long n, string noun) => $"{n} {noun}{(n == 1 ? "" : "s")}";
}
