using AngleSharp.Dom;

namespace Storyline.Core.Extraction.Html;

/// <summary>
/// Scores the page's blocks and picks the element (and siblings) that hold the article. The scheme follows the
/// idea of Readability (paragraph points flow to ancestors, discounted by link density and by boilerplate
/// class names), written here from that description with this project's own signals and thresholds.
/// </summary>
internal sealed class ContentScorer
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

    private readonly Dictionary<IElement, NodeStats> _stats = new(ReferenceEqualityComparer.Instance);
    private readonly HashSet<IElement> _skipped = new(ReferenceEqualityComparer.Instance);
    private readonly List<IElement> _candidates = [];
    private readonly ScoringPass _pass;

    private readonly ClassSignalCache _signals;

    public ContentScorer(ScoringPass pass, ClassSignalCache signals)
    {
        _pass = pass;
        _signals = signals;
    }

    public IReadOnlySet<IElement> Skipped => _skipped;

    /// <summary>Visible characters of the whole page, known after the walk.</summary>
    public int PageText { get; private set; }

    public NodeStats? StatsOf(IElement element) => _stats.GetValueOrDefault(element);

    /// <summary>
    /// Walks <paramref name="body"/> once, then returns the article's root elements in document order.
    /// <paramref name="visitor"/> sees every element entered, so that metadata is gathered in the same walk.
    /// </summary>
    public IReadOnlyList<IElement> FindArticle(IElement body, Action<IElement, ElementAttributes>? visitor = null)
    {
        Walk(body, visitor);
        var top = PickTop(body);
        return top is null ? [body] : Expand(WithSiblings(top), body);
    }

    private void Walk(IElement root, Action<IElement, ElementAttributes>? visitor)
    {
        var stack = new Stack<Frame>();
        stack.Push(new Frame(root, null, 0, false));
        while (stack.Count > 0)
        {
            var frame = stack.Pop();
            if (frame.Node is IText text)
            {
                if (frame.Parent is { } owner)
                {
                    var (chars, commas) = TextCounter.Count(text.Data);
                    owner.Text += chars;
                    owner.Commas += commas;
                    owner.DirectText += chars;
                    owner.DirectCommas += commas;
                }
                continue;
            }
            if (frame.Node is not IElement element) continue;
            if (frame.Exit)
            {
                Exit(element, _stats[element], frame.Parent);
                continue;
            }
            var tag = element.LocalName;
            var attributes = ElementAttributes.Read(element);
            visitor?.Invoke(element, attributes);
            if (frame.Depth > HtmlLimits.MaxDepth || (tag is not ("body" or "html") && (HtmlTags.IsNeverContent(tag) || attributes.Hidden)))
            {
                _skipped.Add(element);
                continue;
            }
            var signals = _signals.Of(attributes.Class, attributes.Id);
            var weight = _pass.UseClassWeights ? signals.Weight : 0;
            var declared = attributes.DeclaresBody;
            if (declared) weight += DeclaredBodyBonus;
            var stats = new NodeStats { Weight = weight, NameSuspect = IsNameSuspect(tag, attributes.Role, signals), DeclaredBody = declared };
            _stats[element] = stats;
            stack.Push(new Frame(element, frame.Parent, frame.Depth, true));
            var children = element.ChildNodes;
            for (var i = children.Length - 1; i >= 0; i--)
            {
                var child = children[i];
                if (child is IElement or IText) stack.Push(new Frame(child, stats, frame.Depth + 1, false));
            }
        }
        PageText = _stats.GetValueOrDefault(root)?.Text ?? 0;
        DropSuspects(PageText);
        foreach (var (element, points) in _scored)
        {
            if (InsideSkipped(element)) continue;
            // A negative entry marks direct text: its points go to the element itself and its ancestors.
            if (points < 0) PropagateFrom(element, -points);
            else if (element.ParentElement is { } parent) PropagateFrom(parent, points);
        }
    }

    private readonly record struct Frame(INode Node, NodeStats? Parent, int Depth, bool Exit);

    private readonly List<(IElement Element, double Points)> _scored = [];
    private readonly List<IElement> _suspects = [];

    private bool InsideSkipped(IElement element)
    {
        for (var e = element.ParentElement; e is not null; e = e.ParentElement)
            if (_skipped.Contains(e)) return true;
        return false;
    }

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
            var stats = _stats[suspect];
            if (stats.DeclaredBody || (stats.Text >= ProtectedMinChars && stats.Text >= pageText * ProtectedShare)) continue;
            _skipped.Add(suspect);
            for (var e = suspect.ParentElement; e is not null; e = e.ParentElement)
                if (_stats.TryGetValue(e, out var ancestor)) ancestor.Subtract(stats);
        }
    }

    private void Exit(IElement element, NodeStats stats, NodeStats? parentStats)
    {
        var tag = element.LocalName;
        switch (tag)
        {
            case "a": stats.LinkText = stats.Text; break;
            case "p": stats.Paragraphs++; break;
            case "li": stats.ListItems++; break;
        }
        CountSkippedChildren(element, stats);
        if (stats.NameSuspect) _suspects.Add(element);
        if (TryScore(element, tag, stats) is { } points)
        {
            stats.Prose = Math.Max(0, stats.Text - stats.LinkText);
            _scored.Add((element, points));
        }
        else if (stats.HasBlockChild && stats.DirectText >= MinDirectChars)
        {
            // Text written straight into a container among block children is a paragraph of its own (what
            // Readability gets by wrapping such runs in <p>): it scores for the container itself.
            stats.Prose += stats.DirectText;
            _scored.Add((element, -(1 + stats.DirectCommas + Math.Min(3, stats.DirectText / 100))));
        }
        if (parentStats is not null)
        {
            parentStats.Add(stats);
            if (stats.DeclaredBody) parentStats.DeclaredBody = true;
            if (HtmlTags.IsBlock(tag)) parentStats.HasBlockChild = true;
        }
    }

    private static void CountSkippedChildren(IElement element, NodeStats stats)
    {
        var children = element.ChildNodes;
        for (var i = 0; i < children.Length; i++)
        {
            if (children[i] is not IElement child) continue;
            switch (child.LocalName)
            {
                case "img" or "picture": stats.Images++; break;
                case "input" or "select" or "textarea" or "button": stats.Inputs++; break;
                case "iframe" or "embed" or "object" or "video": stats.Embeds++; break;
            }
        }
    }

    private static double? TryScore(IElement element, string tag, NodeStats stats)
    {
        if (stats.Text < MinScoredChars) return null;
        var scorable = tag == "p" || (HtmlTags.IsParagraphLike(tag) && !stats.HasBlockChild)
            || (HtmlTags.IsLooseContainer(tag) && !stats.HasBlockChild && element.ParentElement?.LocalName != "p");
        if (!scorable) return null;
        return 1 + stats.Commas + Math.Min(3, stats.Text / 100);
    }

    private void PropagateFrom(IElement first, double points)
    {
        var ancestor = first;
        for (var level = 0; level < HtmlLimits.ScoreAncestors && ancestor is not null; level++, ancestor = ancestor.ParentElement)
        {
            if (ancestor.LocalName == "html" || !_stats.TryGetValue(ancestor, out var stats)) break;
            if (!stats.IsCandidate)
            {
                stats.IsCandidate = true;
                stats.Score = TagBonus(ancestor.LocalName) + stats.Weight;
                _candidates.Add(ancestor);
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

    private IElement? PickTop(IElement body)
    {
        if (_candidates.Count == 0) return null;
        var ranked = _candidates.OrderByDescending(c => _stats[c].FinalScore).Take(5).ToList();
        var top = ranked[0];
        var topScore = _stats[top].FinalScore;
        if (topScore <= 0) return null;

        // Several strong candidates under one ancestor: the article is split into sections, take their common parent.
        var strong = ranked.Skip(1).Where(c => _stats[c].FinalScore >= topScore * 0.75).ToList();
        if (strong.Count >= 2)
        {
            for (var parent = top.ParentElement; parent is not null && parent != body; parent = parent.ParentElement)
            {
                var inside = strong.Count(c => parent.Contains(c));
                if (inside >= 2) { top = parent; break; }
            }
        }

        // Climb while the parent scores better: the top block was one part of a larger article element.
        var lastScore = _stats.GetValueOrDefault(top)?.FinalScore ?? topScore;
        var threshold = lastScore / 3;
        for (var parent = top.ParentElement; parent is not null && parent != body; parent = parent.ParentElement)
        {
            if (!_stats.TryGetValue(parent, out var ps) || !ps.IsCandidate) continue;
            if (ps.FinalScore < threshold) break;
            if (ps.FinalScore > lastScore) { top = parent; break; }
            lastScore = ps.FinalScore;
        }

        // A lone child says nothing about its parent's siblings: move up to where the choice is real.
        while (top.ParentElement is { } p && p != body && p.ChildElementCount == 1 && _stats.ContainsKey(p)) top = p;
        return top;
    }

    /// <summary>
    /// The article often continues outside the chosen block's parent (sections split by figures, pull quotes or
    /// ads). Up to <see cref="ExpandLevels"/> levels up, siblings that are themselves mostly unlinked prose, with
    /// no boilerplate name, join the article; menus, link lists, teasers and bylines do not.
    /// </summary>
    private List<IElement> Expand(List<IElement> roots, IElement body)
    {
        var current = roots[0];
        for (var level = 0; level < ExpandLevels; level++)
        {
            if (current.ParentElement is not { } parent || parent == body) break;
            var before = new List<IElement>();
            var after = new List<IElement>();
            var seen = false;
            foreach (var sibling in ChildElements(parent))
            {
                if (sibling == current) { seen = true; continue; }
                if (roots.Contains(sibling) || !IsProseBlock(sibling)) continue;
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

    private bool IsProseBlock(IElement element) =>
        _stats.TryGetValue(element, out var s) && s.Weight >= 0 && s.Prose >= ExpandMinProse
        && s.Prose >= s.Text * ExpandProseShare && s.LinkDensity <= ExpandLinkShare;

    private List<IElement> WithSiblings(IElement top)
    {
        var topStats = _stats[top];
        var threshold = Math.Max(10, topStats.FinalScore * 0.2);
        var topClass = top.GetAttribute("class");
        var roots = new List<IElement>();
        if (top.ParentElement is not { } parent) return [top];
        foreach (var sibling in ChildElements(parent))
        {
            if (sibling == top) { roots.Add(top); continue; }
            if (!_stats.TryGetValue(sibling, out var s) || s.Text == 0) continue;
            var bonus = topClass is not null && topClass.Length > 0 && sibling.GetAttribute("class") == topClass ? topStats.FinalScore * 0.2 : 0;
            var keep = (s.IsCandidate && s.FinalScore + bonus >= threshold)
                || (sibling.LocalName == "p" && ((s.Text > 80 && s.LinkDensity < 0.25) || (s.Text > 0 && s.LinkDensity == 0 && sibling.TextContent.Contains(". ", StringComparison.Ordinal))));
            if (keep) roots.Add(sibling);
        }
        return roots;
    }

    /// <summary>Child elements by index: AngleSharp's NextSibling searches the parent's list, which is quadratic on wide parents.</summary>
    private static IEnumerable<IElement> ChildElements(IElement parent)
    {
        var children = parent.ChildNodes;
        for (var i = 0; i < children.Length; i++)
            if (children[i] is IElement element) yield return element;
    }
}
