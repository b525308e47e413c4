using System.Text;
using Rotation.Domain.Loading;

namespace Rotation.Domain.Tests.Loading;

public class ScenarioLoaderSyntaxTests
{
    [Fact]
    public void A_syntax_error_is_reported_at_the_root_with_its_line_and_column()
    {
        // The value of "months" is missing: the parser stops at the '}' on line 3, column 46.
        const string json = "{\n  \"name\": \"x\",\n  \"horizon\": { \"start\": \"2027-01\", \"months\": }\n}";

        var problem = ScenarioLoader.Load(json).SingleProblem("$");

        Assert.Equal(3, problem.Line);
        Assert.Equal(46, problem.Column);
        Assert.Contains("not valid JSON", problem.Message);
    }

    [Fact]
    public void A_syntax_error_prints_as_path_then_line_and_column()
    {
        var problem = ScenarioLoader.Load("{ \"name\": 'x' }").SingleProblem("$");

        Assert.StartsWith("$ (line 1, column 11): ", problem.ToString());
    }

    [Fact]
    public void A_trailing_comma_is_a_syntax_error()
    {
        var problem = ScenarioLoader.Load("{ \"name\": \"x\", }").SingleProblem("$");

        Assert.Equal(1, problem.Line);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   \r\n\t ")]
    public void An_empty_file_is_reported_as_empty(string text)
    {
        var problem = ScenarioLoader.Load(text).SingleProblem("$");

        Assert.Contains("empty", problem.Message);
        Assert.Null(problem.Line);
    }

    [Theory]
    [InlineData("[]", "a list")]
    [InlineData("42", "the number 42")]
    [InlineData("\"scenario\"", "the text \"scenario\"")]
    [InlineData("null", "null")]
    public void A_file_that_is_not_an_object_is_reported_at_the_root_saying_what_it_holds(string json, string what)
    {
        var problem = ScenarioLoader.Load(json).SingleProblem("$");

        Assert.EndsWith($"not {what}", problem.Message);
    }

    [Fact]
    public void Comments_and_a_byte_order_mark_are_accepted()
    {
        var scenario = ScenarioJson.Scenario().ToJsonString();
        var withComment = "// exported by HR\n" + scenario;
        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(withComment)).ToArray();

        var result = ScenarioLoader.Load(bytes);

        Assert.True(result.Succeeded);
    }

    [Fact]
    public void Binary_garbage_is_a_syntax_error_on_line_one()
    {
        var problem = ScenarioLoader.Load([0x00, 0xFF, 0x13, 0x37, 0x7B]).SingleProblem("$");

        Assert.Equal(1, problem.Line);
    }
}
