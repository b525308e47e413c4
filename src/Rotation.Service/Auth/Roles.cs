namespace Rotation.Service.Auth;

/// <summary>The two roles and the policies endpoints require: planners submit, re-plan and cancel; viewers (and planners) read and compare.</summary>
public static class Roles
{
    public const string Planner = "planner";
    public const string Viewer = "viewer";

    public const string PlanPolicy = "plan";
    public const string ReadPolicy = "read";
}
