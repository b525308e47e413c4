using Rotation.Domain.Scenarios;

namespace Rotation.Solver.Bounds;

/// <summary>
/// Prices on the cover rows of the horizon's last month, for the Lagrangian form of <see cref="LowerBound"/>. Whoever
/// holds a post that needs a competency either had it from the start or paid for a course, so being the post's
/// available holder in the last month may be paid up to what those courses cost: a cadre who trains in to hold it gets
/// back no more than the courses cost them, while the bound gains the price once per place the post must have filled.
/// Left unpriced, every relaxed career leaves such posts for an office's general posts at no cost, and the bound misses
/// the courses that a plan's replacements must take.
/// </summary>
internal static class TrainedCover
{
    /// <summary>Per post in the scenario's order, the price of being its available holder in the last month: the
    /// cheapest course for each competency it requires, weighted, for posts with a minimum; 0 for the rest.</summary>
    public static double[] LastMonth(Scenario scenario)
    {
        var w = scenario.Policy.Weights;
        var cheapest = scenario.Courses.GroupBy(c => c.Grants).ToDictionary(g => g.Key, g => g.Min(c => c.Cost));
        return [.. scenario.Posts.Select(p => p.Min <= 0 ? 0.0
            : Math.Min(w.Vacancy, (double)w.TrainingCost * p.Requires.Sum(r => cheapest.GetValueOrDefault(r))))];
    }
}
