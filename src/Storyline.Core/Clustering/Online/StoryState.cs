namespace Storyline.Core.Clustering.Online;

/// <summary>
/// A story active in the window: the sum of its articles' unit vectors (the centroid), how many of its
/// articles name each entity, its outlets and its time span. Compared as a whole, never through a single
/// member, so one loose article cannot chain the story into another event.
/// </summary>
internal sealed class StoryState(long id)
{
    public long Id { get; } = id;
    public List<MemberRef> Members { get; } = [];
    public Dictionary<int, double> Centroid { get; } = [];
    public Dictionary<int, double> TitleCentroid { get; } = [];
    public Dictionary<int, int> EntityCounts { get; } = [];
    public Dictionary<string, int> Sources { get; } = new(StringComparer.Ordinal);
    public Dictionary<int, int> LeadNumbers { get; } = [];
    public HashSet<int> EventDays { get; } = [];
    public HashSet<int> NamedDates { get; } = [];

    /// <summary>Names of two words or more ("e:tyanna thomas"): people and places specific to one event.</summary>
    public HashSet<int> FullNames { get; } = [];
    public HashSet<int> IndexedKeys { get; } = [];

    /// <summary>How many articles name each person or place in their headline.</summary>
    public Dictionary<int, int> HeadlineNames { get; } = [];

    /// <summary>Names and numbers of the article that opened the story: always part of its core.</summary>
    public HashSet<int> FounderEntities { get; } = [];

    /// <summary>Lead numbers of the article that opened the story.</summary>
    public HashSet<int> FounderLeadNumbers { get; } = [];

    /// <summary>Headline names of the article that opened the story.</summary>
    public HashSet<int> FounderHeadlineNames { get; } = [];
    /// <summary>Lead numbers of the latest article that led with numbers: a count as last revised.</summary>
    public HashSet<int> LatestLeadNumbers { get; private set; } = [];
    private DateTimeOffset _latestLeadAt = DateTimeOffset.MinValue;
    public DateTimeOffset FirstSeen { get; private set; } = DateTimeOffset.MaxValue;
    public DateTimeOffset LastSeen { get; private set; } = DateTimeOffset.MinValue;
    public bool Alive { get; set; } = true;

    /// <summary>Folded into another story (as opposed to evicted from the window).</summary>
    public bool Absorbed { get; set; }
    public double NormSquared { get; private set; }
    public double TitleNormSquared { get; private set; }

    public void Add(ArticleVector vector, ArticleVector title, ArticleFeatures features, int[] entities, string source,
        DateTimeOffset published, int maxTerms, int[]? fullNames = null, int[]? headlineNames = null)
    {
        if (FirstSeen == DateTimeOffset.MaxValue)
        {
            FounderEntities.UnionWith(entities);
            FounderLeadNumbers.UnionWith(features.LeadNumbers);
            FounderHeadlineNames.UnionWith(headlineNames ?? []);
        }
        if (features.LeadNumbers.Count > 0 && published >= _latestLeadAt)
            (LatestLeadNumbers, _latestLeadAt) = ([.. features.LeadNumbers], published);
        foreach (var name in headlineNames ?? []) Increment(HeadlineNames, name, 1);
        FullNames.UnionWith(fullNames ?? []);
        foreach (var number in features.LeadNumbers) LeadNumbers[number] = LeadNumbers.GetValueOrDefault(number) + 1;
        EventDays.UnionWith(features.EventDays);
        NamedDates.UnionWith(features.NamedDates);
        NormSquared = AddInto(Centroid, vector, NormSquared, maxTerms);
        TitleNormSquared = AddInto(TitleCentroid, title, TitleNormSquared, maxTerms);
        foreach (var entity in entities) Increment(EntityCounts, entity, 1);
        Increment(Sources, source, 1);
        Extend(published, published);
    }

    /// <summary>Folds <paramref name="other"/> into this story.</summary>
    public void Absorb(StoryState other, int maxTerms)
    {
        foreach (var (key, value) in other.Centroid) Increment(Centroid, key, value);
        foreach (var (key, value) in other.TitleCentroid) Increment(TitleCentroid, key, value);
        NormSquared = Truncate(Centroid, maxTerms);
        TitleNormSquared = Truncate(TitleCentroid, maxTerms);
        foreach (var (key, value) in other.EntityCounts) Increment(EntityCounts, key, value);
        foreach (var (key, value) in other.Sources) Increment(Sources, key, value);
        foreach (var (key, value) in other.HeadlineNames) Increment(HeadlineNames, key, value);
        foreach (var (key, value) in other.LeadNumbers) LeadNumbers[key] = LeadNumbers.GetValueOrDefault(key) + value;
        if (other._latestLeadAt > _latestLeadAt) (LatestLeadNumbers, _latestLeadAt) = (other.LatestLeadNumbers, other._latestLeadAt);
        EventDays.UnionWith(other.EventDays);
        NamedDates.UnionWith(other.NamedDates);
        FullNames.UnionWith(other.FullNames);
        foreach (var member in other.Members)
        {
            member.Story = this;
            Members.Add(member);
        }
        Extend(other.FirstSeen, other.LastSeen);
    }

    /// <summary>Days between <paramref name="time"/> and this story's span (0 inside it).</summary>
    public double GapDays(DateTimeOffset from, DateTimeOffset to)
    {
        if (to < FirstSeen) return (FirstSeen - to).TotalDays;
        if (from > LastSeen) return (from - LastSeen).TotalDays;
        return 0;
    }

    /// <summary>True when one story names a calendar date on which the other happened (a follow-up naming its event's day).</summary>
    public bool DateReferenced(StoryState other) =>
        CalendarDates.Refers(NamedDates, other.EventDays, CalendarDates.DayOf(other.FirstSeen))
        || CalendarDates.Refers(other.NamedDates, EventDays, CalendarDates.DayOf(FirstSeen));

    /// <summary>
    /// True when both stories name a person or place of two words or more that no other article of the batch names
    /// (<paramref name="documentFrequency"/> is no more than the two stories' own mentions): a name exclusive to them.
    /// </summary>
    public bool SharesExclusiveName(StoryState other, Func<int, int> documentFrequency)
    {
        var (small, large) = FullNames.Count <= other.FullNames.Count ? (this, other) : (other, this);
        foreach (var name in small.FullNames)
            if (large.FullNames.Contains(name)
                && documentFrequency(name) <= small.EntityCounts.GetValueOrDefault(name) + large.EntityCounts.GetValueOrDefault(name))
                return true;
        return false;
    }

    /// <summary>
    /// True when a name or number belongs to the story's core: the founding article's, or one that at least two
    /// articles and <paramref name="coreShare"/> of them carry (0: any member's). What one loose member said is not the story's.
    /// </summary>
    public bool IsCore(int entity, double coreShare) => FounderEntities.Contains(entity) || IsShared(EntityCounts, entity, coreShare);

    /// <summary>The story's core lead numbers (see <see cref="IsCore"/>).</summary>
    public List<int> CoreLeadNumbers(double coreShare) =>
        [.. LeadNumbers.Keys.Where(n => FounderLeadNumbers.Contains(n) || IsShared(LeadNumbers, n, coreShare))];

    /// <summary>The story's core headline names (see <see cref="IsCore"/>).</summary>
    public List<int> CoreHeadlineNames(double coreShare) =>
        [.. HeadlineNames.Keys.Where(n => FounderHeadlineNames.Contains(n) || IsShared(HeadlineNames, n, coreShare))];

    private bool IsShared(Dictionary<int, int> counts, int key, double coreShare) =>
        counts.TryGetValue(key, out var count) && IsShared(count, coreShare);

    private bool IsShared(int count, double coreShare) => coreShare <= 0 || (count >= 2 && count >= coreShare * Members.Count);

    /// <summary>True when both this story's core and <paramref name="numbers"/> lead with numbers and none is shared.</summary>
    public bool ConflictsWith(IReadOnlyCollection<int> numbers, double coreShare)
    {
        if (numbers.Count == 0) return false;
        // Called for every candidate story of every article: walk the counts rather than build the core list.
        var coreLeads = false;
        foreach (var (number, count) in LeadNumbers)
        {
            if (!FounderLeadNumbers.Contains(number) && !IsShared(count, coreShare)) continue;
            if (numbers.Contains(number)) return false;
            coreLeads = true;
        }
        return coreLeads;
    }

    /// <summary>
    /// True when an article's lead <paramref name="numbers"/> contradict the story: its core leads with numbers and the
    /// article shares none of them nor of the latest numbered report's, since counts are revised as reports come in
    /// ("four shot", then "five shot"). The latest report, not every member: what any member ever said would let a large
    /// story agree with everything.
    /// </summary>
    public bool ContradictedBy(IReadOnlyCollection<int> numbers, double coreShare)
    {
        if (numbers.Any(LatestLeadNumbers.Contains)) return false;
        return ConflictsWith(numbers, coreShare);
    }

    /// <summary>
    /// True when the two stories' cores are about different things: their headlines name people or places and neither
    /// core names what the other's headlines name ("Eastgate rail strike" against "Harwick rail strike"), or, within
    /// <paramref name="numberDays"/> of each other, both lead with numbers and share none. Stories that share a topic have centroids that grow alike as they grow; their
    /// cores keep them apart.
    /// </summary>
    public bool CoresDisagree(StoryState other, double coreShare, double numberDays = double.MaxValue)
    {
        if (GapDays(other.FirstSeen, other.LastSeen) <= numberDays && ConflictsWith(other.CoreLeadNumbers(coreShare), coreShare)) return true;
        var mine = CoreHeadlineNames(coreShare);
        var theirs = other.CoreHeadlineNames(coreShare);
        if (mine.Count == 0 || theirs.Count == 0) return false;
        return !mine.Any(n => other.IsCore(n, coreShare)) && !theirs.Any(n => IsCore(n, coreShare));
    }

    /// <summary>IDF-weighted share of <paramref name="entities"/> in this story's core.</summary>
    public double EntityContainment(int[] entities, double[] idf, double coreShare)
    {
        double shared = 0, total = 0;
        for (var i = 0; i < entities.Length; i++)
        {
            total += idf[i];
            if (IsCore(entities[i], coreShare)) shared += idf[i];
        }
        return total > 0 ? shared / total : 0;
    }

    /// <summary>IDF-weighted Jaccard of the share of members naming each entity, between two stories.</summary>
    public double EntityJaccard(StoryState other, Func<int, double> idf)
    {
        double min = 0, max = 0;
        foreach (var (entity, count) in EntityCounts)
        {
            var weight = idf(entity);
            var mine = count / (double)Members.Count;
            other.EntityCounts.TryGetValue(entity, out var otherCount);
            var theirs = otherCount / (double)other.Members.Count;
            min += weight * Math.Min(mine, theirs);
            max += weight * Math.Max(mine, theirs);
        }
        foreach (var (entity, count) in other.EntityCounts)
            if (!EntityCounts.ContainsKey(entity)) max += idf(entity) * count / other.Members.Count;
        return max > 0 ? min / max : 0;
    }

    /// <summary>
    /// IDF-weighted share of the names and numbers of the smaller story (each weighted by the share of its members
    /// naming it) that the larger story has: a small split-off of an event names what the event names.
    /// </summary>
    public double EntityContainment(StoryState other, Func<int, double> idf)
    {
        var (small, large) = Members.Count <= other.Members.Count ? (this, other) : (other, this);
        double shared = 0, total = 0;
        foreach (var (entity, count) in small.EntityCounts)
        {
            var weight = idf(entity) * count / small.Members.Count;
            total += weight;
            if (large.EntityCounts.ContainsKey(entity)) shared += weight;
        }
        return total > 0 ? shared / total : 0;
    }

    public static double Cosine(Dictionary<int, double> a, double aNormSquared, Dictionary<int, double> b, double bNormSquared)
    {
        if (aNormSquared <= 0 || bNormSquared <= 0) return 0;
        var (small, large) = a.Count <= b.Count ? (a, b) : (b, a);
        var dot = 0.0;
        foreach (var (key, value) in small)
            if (large.TryGetValue(key, out var w)) dot += value * w;
        return dot / Math.Sqrt(aNormSquared * bNormSquared);
    }

    private void Extend(DateTimeOffset first, DateTimeOffset last)
    {
        if (first < FirstSeen) FirstSeen = first;
        if (last > LastSeen) LastSeen = last;
    }

    private static double AddInto(Dictionary<int, double> sum, ArticleVector vector, double normSquared, int maxTerms)
    {
        // |C + v|² = |C|² + 2·C·v + |v|², so the norm follows the centroid without a rescan.
        var dot = vector.Dot(sum);
        var vv = 0.0;
        for (var i = 0; i < vector.Keys.Length; i++)
        {
            Increment(sum, vector.Keys[i], vector.Weights[i]);
            vv += vector.Weights[i] * vector.Weights[i];
        }
        normSquared += 2 * dot + vv;
        return sum.Count > 2 * maxTerms ? Truncate(sum, maxTerms) : normSquared;
    }

    /// <summary>Keeps the heaviest <paramref name="maxTerms"/> terms (bounded cost per comparison) and returns the new norm².</summary>
    private static double Truncate(Dictionary<int, double> sum, int maxTerms)
    {
        if (sum.Count > maxTerms)
        {
            var cutoff = sum.Values.OrderDescending().ElementAt(maxTerms - 1);
            foreach (var (key, value) in sum)
                if (value < cutoff) sum.Remove(key);
        }
        var normSquared = 0.0;
        foreach (var value in sum.Values) normSquared += value * value;
        return normSquared;
    }

    private static void Increment<TKey, T>(Dictionary<TKey, T> counts, TKey key, T amount)
        where TKey : notnull
        where T : System.Numerics.INumber<T>
    {
        counts.TryGetValue(key, out var value);
        counts[key] = value! + amount;
    }
}
