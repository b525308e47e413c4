namespace Rotation.Solver.Search;

/// <summary>A course whose removal keeps every rule saves its cost.</summary>
internal sealed class DropCourseMove(SearchPlan plan) : ISearchMove
{
    private readonly SearchPlan _plan = plan;

    public bool Improve()
    {
        var improved = false;
        foreach (var training in _plan.Trainings.ToList())
        {
            if (_plan.TimeUp()) break;
            if (_plan.Trainings.Contains(training) && _plan.Accept(_plan.Rows, [.. _plan.Trainings.Where(t => t != training)])) improved = true;
        }
        return improved;
    }
}
