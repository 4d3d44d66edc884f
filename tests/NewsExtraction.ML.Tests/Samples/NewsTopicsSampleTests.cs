using NewsTopics;

namespace NewsExtraction.ML.Tests.Samples;

public sealed class NewsTopicsSampleTests
{
    [Fact]
    public void The_sample_trains_a_classifier_that_tells_its_economy_articles_from_the_others()
    {
        string samples = Path.Combine(AppContext.BaseDirectory, "..", "..", "..", "..", "..", "samples");
        using var log = new StringWriter();

        TopicsSampleResult result = TopicsSample.Run(samples, Path.Combine(samples, "NewsTopics", "topics.tsv"), log);

        Assert.Equal(10, result.Articles);
        Assert.Equal(1.0, result.Accuracy);
        Assert.Contains(result.Predictions, p => p.Name == "fr-budget-economies.txt" && p.Economy);
        Assert.Contains(result.Predictions, p => p.Name == "en-kharkiv-assault.txt" && !p.Economy && p.Countries.Contains("UA"));
        Assert.Equal(10, log.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
    }
}
