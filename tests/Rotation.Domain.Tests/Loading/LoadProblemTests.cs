using Rotation.Domain.Loading;

namespace Rotation.Domain.Tests.Loading;

public class LoadProblemTests
{
    [Fact]
    public void A_problem_without_a_line_prints_as_path_then_message()
    {
        var problem = new LoadProblem("$.cadres[3].post", "unknown post \"cyber-op-1\"");

        Assert.Equal("$.cadres[3].post: unknown post \"cyber-op-1\"", problem.ToString());
    }

    [Fact]
    public void A_problem_with_a_line_prints_the_line_and_column_after_the_path()
    {
        var problem = new LoadProblem("$", "not valid JSON", 4, 3);

        Assert.Equal("$ (line 4, column 3): not valid JSON", problem.ToString());
    }

    [Fact]
    public void A_result_with_a_value_but_also_a_problem_has_not_succeeded()
    {
        var result = new LoadResult<string>("value", [new LoadProblem("$", "wrong")], []);

        Assert.False(result.Succeeded);
    }

    [Fact]
    public void A_result_with_a_value_and_only_warnings_has_succeeded()
    {
        var result = new LoadResult<string>("value", [], [new LoadProblem("$.x", "unknown field, ignored")]);

        Assert.True(result.Succeeded);
    }
}
