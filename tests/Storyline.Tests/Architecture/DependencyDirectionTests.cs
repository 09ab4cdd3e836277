using System.Reflection;

namespace Storyline.Tests.Architecture;

/// <summary>Keeps the dependency arrows pointing one way: host → storage → core.</summary>
public sealed class DependencyDirectionTests
{
    public static TheoryData<string, string> Forbidden => new()
    {
        { "Storyline.Core", "Microsoft.AspNetCore" },
        { "Storyline.Core", "Microsoft.Data.Sqlite" },
        { "Storyline.Core", "Npgsql" },
        { "Storyline.Core", "Dapper" },
        { "Storyline.Core", "Storyline.Storage" },
        { "Storyline.Core", "storyline" },
        { "Storyline.Storage", "Microsoft.AspNetCore" },
        { "Storyline.Storage", "storyline" },
    };

    [Theory]
    [MemberData(nameof(Forbidden))]
    public void Assembly_DoesNotReference_ForbiddenLayer(string assembly, string forbiddenPrefix)
    {
        var loaded = Assembly.Load(assembly);
        var offending = loaded.GetReferencedAssemblies()
            .Select(a => a.Name ?? "")
            .Where(n => n.Equals(forbiddenPrefix, StringComparison.Ordinal) || n.StartsWith(forbiddenPrefix + ".", StringComparison.Ordinal))
            .ToList();
        Assert.Empty(offending);
    }

    [Fact]
    public void Host_References_CoreAndStorage()
    {
        var host = typeof(Storyline.Cli.CliApp).Assembly.GetReferencedAssemblies().Select(a => a.Name).ToList();
        Assert.Contains("Storyline.Core", host);
        Assert.Contains("Storyline.Storage", host);
    }
}
