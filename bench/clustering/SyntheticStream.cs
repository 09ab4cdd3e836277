using System.Text;
using Storyline.Core.Clustering;

namespace Storyline.Bench.Clustering;

/// <summary>
/// An endless, time-ordered stream of synthetic full-text articles: stories of heavy-tailed size (most reported
/// once, a few by dozens of outlets, like the labelled sets), each with its own people, numbers and event words, a topic
/// vocabulary shared with other stories, a shared pool of place names, and Zipf-distributed filler words.
/// Bodies are ~2,000 characters. Seeded, so every run sees the same stream.
/// </summary>
internal sealed class SyntheticStream(int articlesPerDay, int seed = 7)
{
    private const int Filler = 20_000;
    private const int Topics = 300;
    private const int TopicWords = 40;
    private const int Places = 5_000;
    private const int Outlets = 2_000;
    private const int MaxStorySize = 300;

    private readonly Random _random = new(seed);
    private string[]? _filler;
    private double[]? _fillerCdf;
    private string[][]? _topics;
    private string[]? _places;
    private readonly PriorityQueue<ClusterDocument, DateTimeOffset> _pending = new();
    private DateTimeOffset _clock = new(2024, 1, 1, 0, 0, 0, TimeSpan.Zero);
    private long _stories;
    private long _articles;

    public IEnumerable<ClusterDocument> Articles()
    {
        Setup();
        // Story starts arrive at the rate that gives articlesPerDay articles (mean story size ≈ 1.9).
        var storyGap = TimeSpan.FromDays(1.9 / articlesPerDay);
        while (true)
        {
            _clock += storyGap;
            NewStory();
            while (_pending.TryPeek(out _, out var at) && at <= _clock) yield return _pending.Dequeue();
        }
    }

    private void NewStory()
    {
        var id = _stories++;
        var topic = _topics![_random.Next(Topics)];
        var people = Enumerable.Range(0, 3).Select(_ => $"{Name()} {Name()}").ToArray();
        var place = _places![_random.Next(Places)];
        var numbers = new[] { _random.Next(2, 90), _random.Next(100, 9999) };
        var eventWords = Enumerable.Range(0, 10).Select(_ => Syllables(_random.Next(3, 5))).ToArray();
        var size = StorySize();
        for (var k = 0; k < size; k++)
        {
            var at = _clock + TimeSpan.FromHours(k == 0 ? 0 : _random.NextDouble() * 72);
            var title = $"{people[0]} {Pick(topic)} {place} {Pick(topic)} {numbers[0]} {Word()}";
            _pending.Enqueue(new ClusterDocument
            {
                Id = $"s{id}-a{_articles++}",
                Title = title,
                Text = Body(topic, eventWords, people, place, numbers),
                Source = $"outlet{_random.Next(Outlets)}.example",
                Published = at,
            }, at);
        }
    }

    private string Body(string[] topic, string[] eventWords, string[] people, string place, int[] numbers)
    {
        var text = new StringBuilder(2400);
        while (text.Length < 2000)
        {
            var words = _random.Next(12, 24);
            for (var w = 0; w < words; w++)
            {
                var roll = _random.NextDouble();
                var word = roll switch
                {
                    < 0.05 => people[_random.Next(people.Length)],
                    < 0.08 => place,
                    < 0.10 => numbers[_random.Next(2)].ToString(System.Globalization.CultureInfo.InvariantCulture),
                    < 0.22 => Pick(eventWords),
                    < 0.32 => Pick(topic),
                    _ => Word(),
                };
                if (w == 0) word = char.ToUpperInvariant(word[0]) + word[1..];
                text.Append(word).Append(w == words - 1 ? ". " : " ");
            }
        }
        return text.ToString();
    }

    private int StorySize()
    {
        // Zipf-like, exponent 2.2, truncated: ~60% singletons, mean ≈ 1.9, a few stories of 100+.
        var u = _random.NextDouble();
        var size = (int)Math.Floor(Math.Pow(1 - u, -1 / 1.2));
        return Math.Clamp(size, 1, MaxStorySize);
    }

    private string Word()
    {
        var u = _random.NextDouble();
        var i = Array.BinarySearch(_fillerCdf!, u);
        return _filler![i < 0 ? ~i : i];
    }

    private string Pick(string[] words) => words[_random.Next(words.Length)];

    private string Name()
    {
        var name = Syllables(_random.Next(2, 4));
        return char.ToUpperInvariant(name[0]) + name[1..];
    }

    private string Syllables(int count)
    {
        const string consonants = "bcdfghjklmnprstvwz";
        const string vowels = "aeiou";
        var s = new StringBuilder(count * 2);
        for (var i = 0; i < count; i++) s.Append(consonants[_random.Next(consonants.Length)]).Append(vowels[_random.Next(vowels.Length)]);
        return s.ToString();
    }

    private void Setup()
    {
        _filler = [.. Enumerable.Range(0, Filler).Select(_ => Syllables(_random.Next(2, 5)))];
        var weights = Enumerable.Range(1, Filler).Select(r => 1.0 / r).ToArray();
        var total = weights.Sum();
        _fillerCdf = new double[Filler];
        var sum = 0.0;
        for (var i = 0; i < Filler; i++) _fillerCdf[i] = (sum += weights[i] / total);
        _topics = [.. Enumerable.Range(0, Topics).Select(_ => Enumerable.Range(0, TopicWords).Select(_ => Syllables(_random.Next(3, 5))).ToArray())];
        _places = [.. Enumerable.Range(0, Places).Select(_ => Name())];
    }
}
