using System.CommandLine;
using Storyline.Api;

namespace Storyline.Cli.Commands;

/// <summary><c>storyline comments export --story ID</c>: a story's discussion as JSON, without any e-mail address.</summary>
public static class CommentsExportCommand
{
    public static Command Create()
    {
        var story = new Option<long>("--story") { Description = "The story whose discussion to export", Required = true };
        var command = new Command("export", "Export a story's discussion (never e-mail addresses)") { story };
        command.SetAction(async (parse, cancellationToken) =>
        {
            await using var runtime = await CliRuntime.OpenAsync(parse.GetValue(CommonOptions.Db)!, cancellationToken);
            var id = parse.GetValue(story);
            if (await runtime.Store.GetStoryAsync(id, cancellationToken) is null) throw new CliException($"no story with id {id}");
            var comments = await runtime.Store.GetCommentsAsync(id, cancellationToken);
            Console.Out.WriteLine(JsonOutput.Line(new { story = id, comments = comments.Select(StoryJsonMapper.Comment).ToList() }));
            return 0;
        });
        return command;
    }
}
