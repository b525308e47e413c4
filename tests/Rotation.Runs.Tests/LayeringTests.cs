using System.Xml.Linq;

namespace Rotation.Runs.Tests;

/// <summary>
/// The layering the README's Layout describes, read from the project files: the domain at the bottom; the checker, the
/// solver, the outputs and the generator on it; runs composing them; the CLI and the service as hosts on top.
/// </summary>
public class LayeringTests
{
    private static readonly Dictionary<string, string[]> MayReference = new()
    {
        ["Rotation.Domain"] = [],
        ["Rotation.Checking"] = ["Rotation.Domain"],
        // The solver judges its own drafts with the independent checker; the checker never sees the solver.
        ["Rotation.Solver"] = ["Rotation.Domain", "Rotation.Checking"],
        ["Rotation.Outputs"] = ["Rotation.Domain"],
        ["Rotation.Generation"] = ["Rotation.Domain"],
        // The roster workbook is a file format of the scenario: it knows the domain, and writes with the outputs' .xlsx writer.
        ["Rotation.Roster"] = ["Rotation.Domain", "Rotation.Outputs"],
        // Comparing plans reads them with the checker's own count of the objective, item by item.
        ["Rotation.Comparison"] = ["Rotation.Domain", "Rotation.Checking", "Rotation.Outputs"],
        ["Rotation.Runs"] = ["Rotation.Domain", "Rotation.Checking", "Rotation.Solver", "Rotation.Outputs", "Rotation.Comparison"],
        // Policy experiments solve and check cells as runs do, and measure them with the comparison's figures.
        ["Rotation.Experiments"] = ["Rotation.Domain", "Rotation.Checking", "Rotation.Solver", "Rotation.Outputs", "Rotation.Comparison"],
        ["Rotation.Service"] =
        [
            "Rotation.Domain", "Rotation.Checking", "Rotation.Solver", "Rotation.Outputs", "Rotation.Comparison", "Rotation.Runs", "Rotation.Roster",
            "Rotation.Experiments",
        ],
        ["Rotation.Cli"] =
        [
            "Rotation.Domain", "Rotation.Checking", "Rotation.Solver", "Rotation.Outputs", "Rotation.Comparison", "Rotation.Generation",
            "Rotation.Runs", "Rotation.Service", "Rotation.Roster", "Rotation.Experiments",
        ],
    };

    private static readonly Dictionary<string, string[]> MayUsePackages = new()
    {
        ["Rotation.Domain"] = [],
        ["Rotation.Checking"] = [],
        ["Rotation.Solver"] = ["Google.OrTools"],
        ["Rotation.Generation"] = [],
    };

    public static TheoryData<string> SourceProjects() => [.. MayReference.Keys];

    [Fact]
    public void Every_source_project_has_a_place_in_the_layers()
    {
        var projects = Directory.GetDirectories(Path.Combine(Repo.Root, "src")).Select(Path.GetFileName).Order();
        Assert.Equal(MayReference.Keys.Order(), projects);
    }

    [Theory]
    [MemberData(nameof(SourceProjects))]
    public void A_project_references_only_the_layers_below_it(string project)
    {
        var unexpected = References(project).Except(MayReference[project]);
        Assert.Empty(unexpected);
    }

    [Fact]
    public void The_checker_reaches_neither_the_solver_nor_the_outputs_even_through_another_project()
    {
        var reached = new HashSet<string>();
        var pending = new Stack<string>(["Rotation.Checking"]);
        while (pending.TryPop(out var project))
            foreach (var next in References(project))
                if (reached.Add(next)) pending.Push(next);

        Assert.Equal(["Rotation.Domain"], reached);
    }

    [Theory]
    [InlineData("Rotation.Domain")]
    [InlineData("Rotation.Checking")]
    [InlineData("Rotation.Solver")]
    [InlineData("Rotation.Generation")]
    public void The_lower_layers_pull_in_no_file_format_or_host_packages(string project)
    {
        var packages = ProjectFile(project).Descendants("PackageReference").Select(r => (string)r.Attribute("Include")!);
        Assert.Empty(packages.Except(MayUsePackages[project]));
    }

    [Fact]
    public void The_roster_reads_and_writes_workbooks_with_the_open_xml_sdk_alone()
    {
        var packages = ProjectFile("Rotation.Roster").Descendants("PackageReference").Select(r => (string)r.Attribute("Include")!);
        Assert.Equal(["DocumentFormat.OpenXml"], packages);
    }

    private static IEnumerable<string> References(string project) =>
        ProjectFile(project).Descendants("ProjectReference")
            .Select(r => Path.GetFileNameWithoutExtension(((string)r.Attribute("Include")!).Replace('\\', '/')));

    private static XDocument ProjectFile(string project) =>
        XDocument.Load(Path.Combine(Repo.Root, "src", project, project + ".csproj"));
}
