using System.Collections.Immutable;
using Rotation.Domain.Time;

namespace Rotation.Domain.Scenarios;

/// <summary>A rotation problem as HR writes it (SPEC §2), with every default applied.</summary>
public sealed record Scenario(
    string Name,
    Horizon Horizon,
    WorkingCalendar Calendar,
    ImmutableArray<Office> Offices,
    ImmutableArray<WorkNature> WorkNatures,
    ImmutableArray<string> Competencies,
    ImmutableArray<Course> Courses,
    ImmutableArray<Post> Posts,
    ImmutableArray<Cadre> Cadres,
    Policy Policy,
    PublishedPlan? Published)
{
    public Tenure TenureOf(Post post) => Policy.Tenure.For(post.WorkNature);
}
