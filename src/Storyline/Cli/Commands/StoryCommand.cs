using System.CommandLine;

namespace Storyline.Cli.Commands;

/// <summary><c>storyline story ID --json</c>: one story with entities, quotes, claims, differences and comments.</summary>
public static class StoryCommand
{
    public static Command Create()
    {
        var id = new Argument<long>("id") { Description = "Story id" };
        var command = new Command("story", "Show one story") { id };
        command.SetAction(async (parse, cancellationToken) =>
        {
            await using var runtime = await CliRuntime.OpenAsync(parse.GetValue(CommonOptions.Db)!, cancellationToken);
            var story = await runtime.Stories.GetJsonAsync(parse.GetValue(id), includeUnpublished: true, cancellationToken)
                ?? throw new CliException($"no story with id {parse.GetValue(id)}");
            if (parse.GetValue(CommonOptions.Json))
            {
                Console.Out.WriteLine(JsonOutput.Line(story));
                return 0;
            }
            Console.Out.WriteLine($"{story.Title}\n");
            foreach (var a in story.Articles) Console.Out.WriteLine($"  [{a.Id}] {a.Source}: {a.Title}");
            Console.Out.WriteLine($"\n  {story.Entities.Count} entities, {story.Quotes.Count} quotes, {story.Comments.Count} comments ({story.CommentsDeclared} declared)");
            return 0;
        });
        return command;
    }
}
