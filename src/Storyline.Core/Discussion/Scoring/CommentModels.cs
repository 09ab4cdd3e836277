using System.Reflection;

namespace Storyline.Core.Discussion.Scoring;

/// <summary>The spam and abuse models, as shipped (embedded in Core) or as retrained from moderator decisions.</summary>
public sealed class CommentModels
{
    /// <summary>File name of the spam model in a model folder and among the embedded resources.</summary>
    public const string SpamFile = "spam.bin";

    /// <summary>File name of the abuse model.</summary>
    public const string AbuseFile = "abuse.bin";

    private static readonly Lazy<CommentModels> ShippedModels = new(LoadShipped);

    /// <summary>Both models.</summary>
    public CommentModels(LogisticModel spam, LogisticModel abuse)
    {
        Spam = spam ?? throw new ArgumentNullException(nameof(spam));
        Abuse = abuse ?? throw new ArgumentNullException(nameof(abuse));
    }

    /// <summary>Probability that a comment is spam.</summary>
    public LogisticModel Spam { get; }

    /// <summary>Probability that a comment is abusive (hateful or offensive).</summary>
    public LogisticModel Abuse { get; }

    /// <summary>The models embedded in Storyline.Core (trained by <c>bench/comments</c>, see its README); loaded once.</summary>
    public static CommentModels Shipped => ShippedModels.Value;

    /// <summary>Writes both models into <paramref name="directory"/> (created when missing).</summary>
    public void Save(string directory)
    {
        Directory.CreateDirectory(directory);
        using (var spam = File.Create(Path.Combine(directory, SpamFile))) Spam.Save(spam);
        using var abuse = File.Create(Path.Combine(directory, AbuseFile));
        Abuse.Save(abuse);
    }

    /// <summary>Reads both models from <paramref name="directory"/>.</summary>
    public static CommentModels Load(string directory)
    {
        using var spam = File.OpenRead(Path.Combine(directory, SpamFile));
        using var abuse = File.OpenRead(Path.Combine(directory, AbuseFile));
        return new CommentModels(LogisticModel.Load(spam), LogisticModel.Load(abuse));
    }

    private static CommentModels LoadShipped()
    {
        var assembly = typeof(CommentModels).Assembly;
        return new CommentModels(LoadResource(assembly, SpamFile), LoadResource(assembly, AbuseFile));
    }

    private static LogisticModel LoadResource(Assembly assembly, string file)
    {
        var name = "Storyline.Core.Models.Comments." + file;
        using var stream = assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"embedded comment model {name} is missing; run the training command in bench/comments/README.md");
        return LogisticModel.Load(stream);
    }
}
