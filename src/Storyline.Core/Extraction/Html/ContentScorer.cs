using AngleSharp.Dom;

namespace Storyline.Core.Extraction.Html;

/// <summary>
/// Scores the page's blocks and picks the element (and siblings) that hold the article. The scheme follows the
/// idea of Readability (paragraph points flow to ancestors, discounted by link density and by boilerplate
/// class names), written here from that description with this project's own signals and thresholds.
/// </summary>
internal sealed class ContentScorer : IDisposable
{
    private const int MinScoredChars = 25;
    private const double ProtectedShare = 0.5;
    private const int ProtectedMinChars = 1200;
    private const int ExpandLevels = 3;
    private const int ExpandMinProse = 150;
    private const double ExpandProseShare = 0.7;
    private const double ExpandLinkShare = 0.25;
    private const int DeclaredBodyBonus = 25;
    private const int MinDirectChars = 100;

    private readonly List<NodeStats> _candidates = [];
    private readonly List<(NodeStats Stats, double Points)> _scored = [];
    private readonly List<NodeStats> _suspects = [];
    private readonly ScoringPass _pass;

    private readonly ClassSignalCache _signals;

    public ContentScorer(ScoringPass pass, ClassSignalCache signals)
    {
        _pass = pass;
        _signals = signals;
    }

    /// <summary>The walked nodes in document order, with each kept element's stats.</summary>
    public ScoredTree Tree { get; } = new();

    /// <summary>Returns the tree's pooled storage; the scorer and its roots are unusable afterwards.</summary>
    public void Dispose() => Tree.Dispose();

    /// <summary>Visible characters of the whole page, known after the walk.</summary>
    public int PageText { get; private set; }

    /// <summary>
    /// Walks <paramref name="body"/> once, then returns the article's root elements in document order.
    /// <paramref name="visitor"/> sees every element entered, so that metadata is gathered in the same walk.
    /// </summary>
    public IReadOnlyList<NodeStats> FindArticle(IElement body, Action<IElement, ElementAttributes>? visitor = null)
    {
        var root = Walk(body, visitor);
        var top = PickTop(root);
        return top is null ? [root] : Expand(WithSiblings(top), root);
    }

    private NodeStats Walk(IElement root, Action<IElement, ElementAttributes>? visitor)
    {
        var stack = new Stack<Frame>();
        stack.Push(new Frame(root, null, null, 0));
        NodeStats? rootStats = null;
        while (stack.Count > 0)
        {
            var frame = stack.Pop();
            if (frame.Own is { } own)
            {
                Exit(own, frame.Parent);
                continue;
            }
            if (frame.Node is IText text)
            {
                var data = text.Data;
                Tree.Add(new TreeEntry(data, null));
                if (frame.Parent is { } owner)
                {
                    var (chars, commas) = TextCounter.Count(data);
                    owner.Text += chars;
                    owner.Commas += commas;
                    owner.DirectText += chars;
                    owner.DirectCommas += commas;
                }
                continue;
            }
            var element = (IElement)frame.Node;
            var tag = element.LocalName;
            var attributes = ElementAttributes.Read(element);
            visitor?.Invoke(element, attributes);
            if (frame.Depth > HtmlLimits.MaxDepth || (tag is not ("body" or "html") && (HtmlTags.IsNeverContent(tag) || attributes.Hidden)))
            {
                Tree.Add(default);
                continue;
            }
            var signals = _signals.Of(attributes.Class, attributes.Id);
            var weight = _pass.UseClassWeights ? signals.Weight : 0;
            var declared = attributes.DeclaresBody;
            if (declared) weight += DeclaredBodyBonus;
            var stats = new NodeStats(element, tag, frame.Parent, Tree.Count)
            {
                Weight = weight, NameSuspect = IsNameSuspect(tag, attributes.Role, signals), DeclaredBody = declared, Class = attributes.Class,
            };
            rootStats ??= stats;
            Tree.Add(new TreeEntry(null, stats));
            stack.Push(new Frame(element, frame.Parent, stats, frame.Depth));
            var children = element.ChildNodes;
            for (var i = children.Length - 1; i >= 0; i--)
            {
                var child = children[i];
                if (child is IElement childElement)
                {
                    CountSkippedChild(childElement.LocalName, stats);
                    stack.Push(new Frame(child, stats, null, frame.Depth + 1));
                }
                else if (child is IText) stack.Push(new Frame(child, stats, null, frame.Depth + 1));
            }
        }
        // The root is body or html, never skipped, so it has stats.
        rootStats ??= new NodeStats(root, root.LocalName, null, 0) { End = 0 };
        PageText = rootStats.Text;
        DropSuspects(PageText);
        Tree.MarkInsideDropped();
        foreach (var (stats, points) in _scored)
        {
            if (stats.InsideDropped) continue;
            // A negative entry marks direct text: its points go to the element itself and its ancestors.
            if (points < 0) PropagateFrom(stats, -points);
            else if (stats.Parent is { } parent) PropagateFrom(parent, points);
        }
        return rootStats;
    }

    /// <summary>A node to enter, or (with <see cref="Own"/>) an element whose children are done.</summary>
    private readonly record struct Frame(INode Node, NodeStats? Parent, NodeStats? Own, int Depth);

    /// <summary>Names and roles that say "boilerplate"; the element is dropped after the walk unless it holds most of the page.</summary>
    private bool IsNameSuspect(string tag, string? role, ClassSignals signals)
    {
        if (tag is "body" or "html") return false;
        if (tag is "footer" or "aside" || BoilerplateSignals.IsBoilerplateRole(role)) return true;
        if (!_pass.DropUnlikelyNames || tag is "a" or "article" or "main") return false;
        return tag == "p" ? signals.Hard : signals.Unlikely;
    }

    /// <summary>
    /// Drops the suspects (inner ones first) that neither hold most of the page's text nor contain the body the page
    /// declares (schema.org articleBody), taking their counts back out of their ancestors.
    /// </summary>
    private void DropSuspects(int pageText)
    {
        foreach (var suspect in _suspects)
        {
            if (suspect.DeclaredBody || (suspect.Text >= ProtectedMinChars && suspect.Text >= pageText * ProtectedShare)) continue;
            suspect.Dropped = true;
            for (var ancestor = suspect.Parent; ancestor is not null; ancestor = ancestor.Parent) ancestor.Subtract(suspect);
        }
    }

    private void Exit(NodeStats stats, NodeStats? parentStats)
    {
        stats.End = Tree.Count;
        var tag = stats.Tag;
        switch (tag)
        {
            case "a": stats.LinkText = stats.Text; break;
            case "p": stats.Paragraphs++; break;
            case "li": stats.ListItems++; break;
        }
        if (stats.NameSuspect) _suspects.Add(stats);
        if (TryScore(stats) is { } points)
        {
            stats.Prose = Math.Max(0, stats.Text - stats.LinkText);
            _scored.Add((stats, points));
        }
        else if (stats.HasBlockChild && stats.DirectText >= MinDirectChars)
        {
            // Text written straight into a container among block children is a paragraph of its own (what
            // Readability gets by wrapping such runs in <p>): it scores for the container itself.
            stats.Prose += stats.DirectText;
            _scored.Add((stats, -(1 + stats.DirectCommas + Math.Min(3, stats.DirectText / 100))));
        }
        if (parentStats is not null)
        {
            parentStats.Add(stats);
            if (stats.DeclaredBody) parentStats.DeclaredBody = true;
            if (HtmlTags.IsBlock(tag)) parentStats.HasBlockChild = true;
        }
    }

    /// <summary>Counts children the walk skips but the widget rules weigh (images, form controls, embeds).</summary>
    private static void CountSkippedChild(string tag, NodeStats stats)
    {
        switch (tag)
        {
            case "img" or "picture": stats.Images++; break;
            case "input" or "select" or "textarea" or "button": stats.Inputs++; break;
            case "iframe" or "embed" or "object" or "video": stats.Embeds++; break;
        }
    }

    private static double? TryScore(NodeStats stats)
    {
        if (stats.Text < MinScoredChars) return null;
        var tag = stats.Tag;
        var scorable = tag == "p" || (HtmlTags.IsParagraphLike(tag) && !stats.HasBlockChild)
            || (HtmlTags.IsLooseContainer(tag) && !stats.HasBlockChild && stats.Parent?.Tag != "p");
        if (!scorable) return null;
        return 1 + stats.Commas + Math.Min(3, stats.Text / 100);
    }

    private void PropagateFrom(NodeStats first, double points)
    {
        var stats = first;
        for (var level = 0; level < HtmlLimits.ScoreAncestors && stats is not null; level++, stats = stats.Parent)
        {
            if (stats.Tag == "html") break;
            if (!stats.IsCandidate)
            {
                stats.IsCandidate = true;
                stats.Score = TagBonus(stats.Tag) + stats.Weight;
                _candidates.Add(stats);
            }
            stats.Score += points / (level switch { 0 => 1, 1 => 2, _ => level * 3 });
        }
    }

    private static double TagBonus(string tag) => tag switch
    {
        "div" or "article" or "main" => 5,
        "section" or "pre" or "td" or "blockquote" => 3,
        "address" or "ol" or "ul" or "dl" or "dd" or "dt" or "li" or "form" => -3,
        "h1" or "h2" or "h3" or "h4" or "h5" or "h6" or "th" => -5,
        _ => 0,
    };

    private NodeStats? PickTop(NodeStats body)
    {
        if (_candidates.Count == 0) return null;
        var ranked = _candidates.OrderByDescending(c => c.FinalScore).Take(5).ToList();
        var top = ranked[0];
        var topScore = top.FinalScore;
        if (topScore <= 0) return null;

        // Several strong candidates under one ancestor: the article is split into sections, take their common parent.
        var strong = ranked.Skip(1).Where(c => c.FinalScore >= topScore * 0.75).ToList();
        if (strong.Count >= 2)
        {
            for (var parent = top.Parent; parent is not null && parent != body; parent = parent.Parent)
            {
                var inside = strong.Count(c => ScoredTree.Contains(parent, c));
                if (inside >= 2) { top = parent; break; }
            }
        }

        // Climb while the parent scores better: the top block was one part of a larger article element.
        var lastScore = top.FinalScore;
        var threshold = lastScore / 3;
        for (var parent = top.Parent; parent is not null && parent != body; parent = parent.Parent)
        {
            if (!parent.IsCandidate) continue;
            if (parent.FinalScore < threshold) break;
            if (parent.FinalScore > lastScore) { top = parent; break; }
            lastScore = parent.FinalScore;
        }

        // A lone child says nothing about its parent's siblings: move up to where the choice is real.
        while (top.Parent is { } p && p != body && Tree.ChildElementCount(p) == 1) top = p;
        return top;
    }

    /// <summary>
    /// The article often continues outside the chosen block's parent (sections split by figures, pull quotes or
    /// ads). Up to <see cref="ExpandLevels"/> levels up, siblings that are themselves mostly unlinked prose, with
    /// no boilerplate name, join the article; menus, link lists, teasers and bylines do not.
    /// </summary>
    private List<NodeStats> Expand(List<NodeStats> roots, NodeStats body)
    {
        var current = roots[0];
        for (var level = 0; level < ExpandLevels; level++)
        {
            if (current.Parent is not { } parent || parent == body) break;
            var before = new List<NodeStats>();
            var after = new List<NodeStats>();
            var seen = false;
            foreach (var sibling in Tree.ChildElements(parent))
            {
                if (sibling == current) { seen = true; continue; }
                if (sibling is null || roots.Contains(sibling) || !IsProseBlock(sibling)) continue;
                (seen ? after : before).Add(sibling);
            }
            if (before.Count + after.Count > 0)
            {
                roots = [.. before, .. roots, .. after];
            }
            current = parent;
        }
        return roots;
    }

    private static bool IsProseBlock(NodeStats s) =>
        s.Weight >= 0 && s.Prose >= ExpandMinProse && s.Prose >= s.Text * ExpandProseShare && s.LinkDensity <= ExpandLinkShare;

    private List<NodeStats> WithSiblings(NodeStats top)
    {
        var threshold = Math.Max(10, top.FinalScore * 0.2);
        var topClass = top.Class;
        var roots = new List<NodeStats>();
        if (top.Parent is not { } parent) return [top];
        foreach (var s in Tree.ChildElements(parent))
        {
            if (s == top) { roots.Add(top); continue; }
            if (s is null || s.Text == 0) continue;
            var bonus = topClass is not null && topClass.Length > 0 && s.Class == topClass ? top.FinalScore * 0.2 : 0;
            var keep = (s.IsCandidate && s.FinalScore + bonus >= threshold)
                || (s.Tag == "p" && ((s.Text > 80 && s.LinkDensity < 0.25) || (s.Text > 0 && s.LinkDensity == 0 && s.Element.TextContent.Contains(". ", StringComparison.Ordinal))));
            if (keep) roots.Add(s);
        }
        return roots;
    }
}
