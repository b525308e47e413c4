using Rotation.Domain.Plans;
using Rotation.Solver.Model;

namespace Rotation.Solver.Search;

/// <summary>A plan under construction: posts by cadre and month, and course enrolments; and the edits of one row that drafts are made of.</summary>
internal sealed record Draft(Roster Rows, List<Training> Trainings)
{
    /// <summary>The row in which the stint that starts at month t is spent in the post held at t − 1 instead.</summary>
    public static string?[] StaysPut(string?[] row, int t)
    {
        var end = t;
        while (end < row.Length && row[end] == row[t]) end++;
        return Filled(row, row[t - 1]!, t, end);
    }

    public static string?[] FilledInto(string?[] spare, string?[] row, string post, int from, int to)
    {
        row.CopyTo(spare, 0);
        for (var t = from; t < to; t++) spare[t] = post;
        return spare;
    }

    public static string?[] Filled(string?[] row, string post, int from, int to) =>
        FilledInto(new string?[row.Length], row, post, from, to);
}
