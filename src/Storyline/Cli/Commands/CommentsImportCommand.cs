using System.CommandLine;
using Storyline.Core.Discussion;
using Storyline.Core.Discussion.Import;
using Storyline.Input;
using Storyline.Storage;
using Storyline.Storage.Model;

namespace Storyline.Cli.Commands;

/// <summary><c>storyline comments import FILE --story ID</c>: a thread (seed text, WordPress WXR, Disqus XML) into a story.</summary>
public static class CommentsImportCommand
{
    public static Command Create()
    {
        var file = new Argument<string>("file") { Description = "The export: threaded text, WordPress WXR or Disqus XML" };
        var story = new Option<long>("--story") { Description = "The story that receives the comments", Required = true };
        var command = new Command("import", "Import a comment thread into a story") { file, story };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var path = parse.GetValue(file)!;
            var storyId = parse.GetValue(story);
            ImportedThread thread;
            try
            {
                var document = await DocumentReader.ReadFileAsync(path, cancellationToken);
                thread = ThreadImporter.Parse(Core.Text.TextDecoder.Decode(document.Content.Span));
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidDataException or ThreadImportException)
            {
                throw new CliException($"{path}: {e.Message}");
            }
            await using var runtime = await CliRuntime.OpenAsync(parse.GetValue(CommonOptions.Db)!, cancellationToken);
            var scorer = new CommentScorer();
            var now = TimeProvider.System.GetUtcNow();
            var comments = thread.Comments.Select(c =>
            {
                var scores = scorer.Score(new CommentInput { Id = c.Id, Author = c.Author, Text = c.Text, Email = c.Email, Parent = c.Parent });
                return new NewComment
                {
                    StoryId = storyId,
                    ExternalId = $"{thread.Format}:{c.Id}",
                    Author = c.Author,
                    Email = c.Email,
                    Text = c.Text,
                    Status = c.Approved ? CommentStatus.Published : CommentStatus.Held,
                    Spam = scores.Spam,
                    Abuse = scores.Abuse,
                    Created = c.Published ?? now,
                };
            }).ToList();
            var parents = thread.Comments.Where(c => c.Parent is not null)
                .ToDictionary(c => $"{thread.Format}:{c.Id}", c => $"{thread.Format}:{c.Parent}", StringComparer.Ordinal);
            try
            {
                var result = await runtime.Store.ImportCommentsAsync(storyId, comments, parents, cancellationToken);
                var message = $"{result.Imported} comments imported, {result.AlreadyPresent} already present ({thread.Format}"
                    + (thread.Declared is { } d ? $", {d} declared)" : ")");
                Console.Out.WriteLine(parse.GetValue(CommonOptions.Json)
                    ? JsonOutput.Line(new { imported = result.Imported, already_present = result.AlreadyPresent, format = thread.Format, declared = thread.Declared })
                    : message);
                return 0;
            }
            catch (StoreException e)
            {
                throw new CliException(e.Message);
            }
        });
        return command;
    }
}
