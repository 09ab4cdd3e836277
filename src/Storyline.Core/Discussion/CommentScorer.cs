using Storyline.Core.Discussion.Policy;
using Storyline.Core.Discussion.Scoring;

namespace Storyline.Core.Discussion;

/// <summary>Scores comments for spam and abuse and applies the moderation policy.</summary>
public sealed class CommentScorer
{
    private readonly ModerationPolicy policy;
    private readonly ModerationOptions? options;

    /// <summary>The shipped models with the default policy.</summary>
    public CommentScorer()
        : this(CommentModels.Shipped)
    {
    }

    /// <summary>Given models (shipped or retrained) and policy settings.</summary>
    public CommentScorer(CommentModels models, ModerationOptions? options = null)
    {
        Models = models ?? throw new ArgumentNullException(nameof(models));
        policy = new ModerationPolicy(options);
        this.options = options;
    }

    /// <summary>A scorer with other models (retrained from moderator decisions) and this scorer's policy.</summary>
    public CommentScorer WithModels(CommentModels models) => new(models, options);

    /// <summary>The models in use.</summary>
    public CommentModels Models { get; }

    /// <summary>Scores one comment from its text alone (author, e-mail and website are never model features).</summary>
    public CommentScores Score(CommentInput comment) => Score(comment, CommentContext.None);

    /// <summary>Scores one comment; links to the context's own site addresses do not count as promotion.</summary>
    public CommentScores Score(CommentInput comment, CommentContext context)
    {
        ArgumentNullException.ThrowIfNull(comment);
        ArgumentNullException.ThrowIfNull(context);
        var text = SiteLinks.Mark(comment.Text ?? string.Empty, context.SiteAddresses);
        return new CommentScores(Clamp(Models.Spam.Probability(text)), Clamp(Models.Abuse.Probability(text)));
    }

    private static double Clamp(double probability) => double.IsFinite(probability) ? Math.Clamp(probability, 0, 1) : 0.5;

    /// <summary>The policy's decision for a scored comment without form, history or rate context.</summary>
    public ModerationDecision Decide(CommentInput comment, CommentScores scores) => Evaluate(comment, scores).Decision;

    /// <summary>The policy's decision with what the host knows about how the comment arrived.</summary>
    public ModerationDecision Decide(CommentInput comment, CommentScores scores, CommentContext context) => Evaluate(comment, scores, context).Decision;

    /// <summary>The decision, the rule that made it and a reason for the moderation queue.</summary>
    public ModerationVerdict Evaluate(CommentInput comment, CommentScores scores, CommentContext? context = null) => policy.Evaluate(comment, scores, context);
}
