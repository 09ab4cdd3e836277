using System.CommandLine;
using Storyline.Api;
using Storyline.Storage.Model;

namespace Storyline.Cli.Commands;

/// <summary><c>storyline stories --json</c>: every story with its articles, ranked.</summary>
public static class StoriesCommand
{
    public static Command Create()
    {
        var limit = new Option<int>("--limit") { Description = "At most this many stories", DefaultValueFactory = _ => 10_000 };
        var command = new Command("stories", "List stories") { limit };
        command.SetAction(async (parse, cancellationToken) =>
        {
            await using var runtime = await CliRuntime.OpenAsync(parse.GetValue(CommonOptions.Db)!, cancellationToken);
            var stories = await runtime.Store.ListStoriesAsync(new StoryListQuery { Limit = Math.Clamp(parse.GetValue(limit), 1, 1_000_000) }, cancellationToken);
            if (parse.GetValue(CommonOptions.Json))
            {
                Console.Out.WriteLine(JsonOutput.Line(stories.Select(StoryJsonMapper.Summary).ToList()));
                return 0;
            }
            foreach (var story in stories)
                Console.Out.WriteLine($"{story.Id,6}  {story.Title}  ({story.ArticleCount} articles, {story.Sources.Count} outlets)");
            return 0;
        });
        return command;
    }
}
