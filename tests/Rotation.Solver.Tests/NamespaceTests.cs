using System.Text.RegularExpressions;

namespace Rotation.Solver.Tests;

/// <summary>
/// The solver's folders depend on each other in one direction only, read from the sources: a file depends on a
/// namespace it imports, names with a qualifier, or (for the root namespace, which every folder sees) whose types it uses.
/// </summary>
public partial class NamespaceTests
{
    private const string Root = "Rotation.Solver";

    [Fact]
    public void The_solver_namespaces_have_no_cycles()
    {
        var graph = Dependencies();

        var cycle = FindCycle(graph);

        Assert.True(cycle is null, "namespace cycle: " + string.Join(" → ", cycle ?? []));
    }

    [Fact]
    public void The_model_the_rules_and_the_terms_are_the_bottom_layer()
    {
        var graph = Dependencies();

        foreach (var low in new[] { "Model", "Rules", "Objective" })
            Assert.Empty(graph[$"{Root}.{low}"].Except([$"{Root}.Model"]));
    }

    [Fact]
    public void The_cycle_finder_finds_a_cycle()
    {
        var graph = new Dictionary<string, HashSet<string>> { ["a"] = ["b"], ["b"] = ["c"], ["c"] = ["a"], ["d"] = ["a"] };

        Assert.Equal(["a", "b", "c", "a"], FindCycle(graph));
    }

    private static Dictionary<string, HashSet<string>> Dependencies()
    {
        var dir = Repo.PathTo("src/Rotation.Solver");
        var files = Directory.GetFiles(dir, "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains("/obj/") && !f.Contains("/bin/"))
            .Select(f => (Text: File.ReadAllText(f), Namespace: NamespaceOf(File.ReadAllText(f))))
            .ToList();
        var namespaces = files.Select(f => f.Namespace).ToHashSet();
        var children = namespaces.Where(n => n != Root).Select(n => n[(Root.Length + 1)..]).ToList();
        var rootTypes = files.Where(f => f.Namespace == Root).SelectMany(f => TypeNames(f.Text)).ToList();
        var graph = namespaces.ToDictionary(n => n, _ => new HashSet<string>());
        foreach (var (text, ns) in files)
        {
            var code = Comment().Replace(text, "");
            foreach (Match m in UsingSolver().Matches(code)) graph[ns].Add(m.Groups[1].Value);
            foreach (var child in children)
                if (Regex.IsMatch(code, $@"(?<![\w.]){child}\.[A-Z]")) graph[ns].Add($"{Root}.{child}");
            if (ns != Root && rootTypes.Any(t => Regex.IsMatch(code, $@"\b{t}\b"))) graph[ns].Add(Root);
            graph[ns].Remove(ns);
        }
        return graph;
    }

    private static List<string>? FindCycle(Dictionary<string, HashSet<string>> graph)
    {
        var state = new Dictionary<string, int>();
        var path = new List<string>();
        List<string>? Visit(string n)
        {
            state[n] = 1;
            path.Add(n);
            foreach (var next in graph.GetValueOrDefault(n, []).Order())
            {
                if (state.GetValueOrDefault(next) == 1) return [.. path[path.IndexOf(next)..], next];
                if (state.GetValueOrDefault(next) == 0 && Visit(next) is { } found) return found;
            }
            state[n] = 2;
            path.RemoveAt(path.Count - 1);
            return null;
        }
        foreach (var n in graph.Keys.Order())
            if (state.GetValueOrDefault(n) == 0 && Visit(n) is { } cycle) return cycle;
        return null;
    }

    private static string NamespaceOf(string text) => FileNamespace().Match(text).Groups[1].Value;

    private static IEnumerable<string> TypeNames(string text) =>
        TypeDeclaration().Matches(Comment().Replace(text, "")).Select(m => m.Groups[1].Value);

    [GeneratedRegex(@"^namespace ([\w.]+);", RegexOptions.Multiline)]
    private static partial Regex FileNamespace();

    [GeneratedRegex(@"^using (Rotation\.Solver(?:\.\w+)?);", RegexOptions.Multiline)]
    private static partial Regex UsingSolver();

    [GeneratedRegex(@"\b(?:class|record|struct|interface|enum)\s+(\w+)")]
    private static partial Regex TypeDeclaration();

    [GeneratedRegex(@"//.*$", RegexOptions.Multiline)]
    private static partial Regex Comment();
}
