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

    private readonly Dictionary<IElement, NodeStats> _stats = new(ReferenceEqualityComparer.Instance);
    private readonly HashSet<IElement> _skipped = new(ReferenceEqualityComparer.Instance);
    private readonly List<IElement> _candidates = [];
    private readonly HashSet<IElement> _marked = new(ReferenceEqualityComparer.Instance);
    private readonly ScoringPass _pass;
    private int _pageText;

    public ContentScorer(ScoringPass pass) => _pass = pass;

    public IReadOnlySet<IElement> Skipped => _skipped;

    public NodeStats? StatsOf(IElement element) => _stats.GetValueOrDefault(element);

    /// <summary>Walks <paramref name="body"/> once, then returns the article's root elements in document order.</summary>
    public IReadOnlyList<IElement> FindArticle(IElement body)
    {
        _pageText = TextCounter.CountVisible(body);
        MarkDeclaredBodies(body);
        Walk(body);
        var top = PickTop(body);
        return top is null ? [body] : Expand(WithSiblings(top), body);
    }

    private void Walk(IElement root)
    {
        var stack = new Stack<(INode Node, int Depth, bool Exit)>();
        stack.Push((root, 0, false));
        while (stack.Count > 0)
        {
            var (node, depth, exit) = stack.Pop();
            if (node is IText text)
            {
                if (text.ParentElement is { } owner && _stats.TryGetValue(owner, out var ownerStats))
                {
                    var data = text.Data;
                    ownerStats.Text += TextCounter.NonWhitespace(data);
                    ownerStats.Commas += TextCounter.Commas(data);
                }
                continue;
            }
            if (node is not IElement element) continue;
            if (exit)
            {
                Exit(element);
                continue;
            }
            if (depth > HtmlLimits.MaxDepth || ShouldSkip(element))
            {
                _skipped.Add(element);
                continue;
            }
            var classAndId = BoilerplateSignals.ClassAndId(element);
            var weight = _pass.UseClassWeights ? BoilerplateSignals.Weight(classAndId) : 0;
            if (_marked.Contains(element) && element.GetAttribute("itemprop") is { } itemprop && itemprop.Contains("Body", StringComparison.OrdinalIgnoreCase)) weight += 25;
            _stats[element] = new NodeStats { Weight = weight };
            stack.Push((element, depth, true));
            for (var child = element.LastChild; child is not null; child = child.PreviousSibling)
                if (child is IElement or IText) stack.Push((child, depth + 1, false));
        }
    }

    /// <summary>
    /// Pages that mark their body (schema.org articleBody) are believed: the marked element and its ancestors are
    /// never dropped for their names, and the marked element scores as a strong candidate.
    /// </summary>
    private void MarkDeclaredBodies(IElement body)
    {
        foreach (var marked in body.QuerySelectorAll("[itemprop~='articleBody' i], [itemprop~='reviewBody' i]"))
            for (var e = marked; e is not null && e != body && _marked.Add(e); e = e.ParentElement) { }
    }

    private bool ShouldSkip(IElement element)
    {
        var tag = element.LocalName;
        if (tag is "body" or "html") return false;
        if (HtmlTags.IsNeverContent(tag) || BoilerplateSignals.IsHidden(element)) return true;
        if (BoilerplateSignals.IsBoilerplateRole(element.GetAttribute("role"))) return !IsProtected(element);
        if (tag is "footer" or "aside") return !IsProtected(element);
        if (!_pass.DropUnlikelyNames || tag is "a" or "article" or "main") return false;
        var classAndId = BoilerplateSignals.ClassAndId(element);
        if (tag == "p") return BoilerplateSignals.IsHardBoilerplate(classAndId) && !IsProtected(element);
        if (classAndId.Length == 0 || !BoilerplateSignals.IsUnlikely(classAndId)) return false;
        return !IsProtected(element);
    }

    /// <summary>An element that holds most of the page's text is never dropped for its name alone.</summary>
    private bool IsProtected(IElement element)
    {
        if (_marked.Contains(element)) return true;
        var text = TextCounter.CountVisible(element);
        return text >= ProtectedMinChars && text >= _pageText * ProtectedShare;
    }

    private void Exit(IElement element)
    {
        var stats = _stats[element];
        var tag = element.LocalName;
        switch (tag)
        {
            case "a": stats.LinkText = stats.Text; break;
            case "p": stats.Paragraphs++; break;
            case "li": stats.ListItems++; break;
        }
        if (TryScore(element, tag, stats) is { } points)
        {
            stats.Prose = Math.Max(0, stats.Text - stats.LinkText);
            Propagate(element, points);
        }
        if (element.ParentElement is { } parent && _stats.TryGetValue(parent, out var parentStats))
        {
            parentStats.Add(stats);
            if (HtmlTags.IsBlock(tag)) parentStats.HasBlockChild = true;
        }
        CountSkippedChildren(element, stats);
    }

    private static void CountSkippedChildren(IElement element, NodeStats stats)
    {
        for (var child = element.FirstElementChild; child is not null; child = child.NextElementSibling)
        {
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

    private void Propagate(IElement element, double points)
    {
        var ancestor = element.ParentElement;
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
            for (var sibling = parent.FirstElementChild; sibling is not null; sibling = sibling.NextElementSibling)
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
        for (var sibling = parent.FirstElementChild; sibling is not null; sibling = sibling.NextElementSibling)
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
}
