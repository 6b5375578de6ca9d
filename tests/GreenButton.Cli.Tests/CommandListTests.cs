namespace GreenButton.Cli.Tests;

/// <summary>The root command lists its subcommands explicitly (no reflection at run time, for trimming and AOT): none forgotten.</summary>
public sealed class CommandListTests
{
    [Fact]
    public void Every_command_class_is_listed_once()
    {
        var classes = typeof(GreenButtonCli).Assembly.GetTypes()
            .Where(t => typeof(ICliCommand).IsAssignableFrom(t) && t is { IsAbstract: false, IsInterface: false })
            .Select(t => t.Name);
        GreenButtonCli.Subcommands().Select(c => c.GetType().Name).Should().OnlyHaveUniqueItems().And.BeEquivalentTo(classes);
    }

    [Fact]
    public void Help_lists_the_commands_in_their_order()
    {
        var root = GreenButtonCli.CreateRootCommand(new CliEnvironment { Out = TextWriter.Null, Error = TextWriter.Null });
        root.Subcommands.Select(c => c.Name).Should().Equal("summary", "export", "inspect", "convert", "validate", "merge", "anonymize", "sandbox", "fetch");
    }
}
