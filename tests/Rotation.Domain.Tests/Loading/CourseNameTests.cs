using Rotation.Domain.Loading;
using Rotation.Domain.Scenarios;

namespace Rotation.Domain.Tests.Loading;

/// <summary>A course's name is kept for the files people read; a course without one is known by its id.</summary>
public class CourseNameTests
{
    [Fact]
    public void The_loader_keeps_a_course_name()
    {
        var scenario = ScenarioLoader.Load(File.ReadAllBytes(Repo.PathTo("datasets/pku-branch.json"))).Value!;

        var course = scenario.Courses.Single(c => c.Id == "sec-101");
        Assert.Equal("网络安全运营基础 Security operations foundation", course.Name);
        Assert.Equal("网络安全运营基础 Security operations foundation (sec-101)", course.Label);
    }

    [Fact]
    public void A_course_without_a_name_is_labelled_by_its_id() =>
        Assert.Equal("law-1", new Course("law-1", "law", 1, null, 0, []).Label);
}
