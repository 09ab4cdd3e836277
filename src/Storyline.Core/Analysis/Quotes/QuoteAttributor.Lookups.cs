namespace Storyline.Core.Analysis.Quotes;

/// <summary>Entity look-ups of <see cref="QuoteAttributor"/>: who a pronoun or "the group" stands for.</summary>
public sealed partial class QuoteAttributor
{
    /// <summary>The person a pronoun stands for: the last named speaker, unless the given name says otherwise.</summary>
    private string? PersonFor(string pronoun, int before)
    {
        if (_lastPerson is not null && GivenNames.Compatible(pronoun, _lastPerson)) return _lastPerson;
        for (var i = _entities.Count - 1; i >= 0; i--)
        {
            var e = _entities[i];
            var name = e.Canonical ?? e.Text;
            if (e.Type == EntityType.PER && e.End <= before && name.Contains(' ', StringComparison.Ordinal) && GivenNames.Compatible(pronoun, name)) return name;
        }
        return _lastPerson ?? LastMention(before, EntityType.PER);
    }

    private bool InPlace(int offset)
    {
        foreach (var e in _entities)
            if (e.Type == EntityType.LOC && e.Start <= offset && offset < e.End) return true;
        return false;
    }

    private string? LastMention(int before, EntityType type)
    {
        // A pronoun usually points at someone introduced by full name: prefer those over a lone (often mis-tagged) word.
        if (type == EntityType.PER)
            for (var i = _entities.Count - 1; i >= 0; i--)
                if (_entities[i].Type == type && _entities[i].End <= before && (_entities[i].Canonical ?? _entities[i].Text).Contains(' ', StringComparison.Ordinal))
                    return _entities[i].Canonical ?? _entities[i].Text;
        for (var i = _entities.Count - 1; i >= 0; i--)
            if (_entities[i].Type == type && _entities[i].End <= before) return _entities[i].Canonical ?? _entities[i].Text;
        return null;
    }

    private EntityMention? EntityEndingAt(int end)
    {
        foreach (var e in _entities)
            if (e.End == end && e.Type != EntityType.LOC) return e;
        return null;
    }

    private string Remember(EntityMention e)
    {
        var name = e.Canonical ?? e.Text;
        if (e.Type == EntityType.PER) _lastPerson = name;
        else _lastGroup = name;
        return name;
    }
}
