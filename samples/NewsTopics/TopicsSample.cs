using Microsoft.ML;
using NewsExtraction.ML;

namespace NewsTopics;

/// <summary>
/// An ML.NET pipeline over news articles: ExtractNews adds the people, organisations, countries, places, quantities and
/// quote count of each article; those columns, bagged, join ML.NET's own text features to train a small classifier
/// that tells economy articles from the rest.
/// </summary>
public static class TopicsSample
{
    /// <summary>Trains the classifier on the articles named in <paramref name="topicsFile"/> and reports its predictions.</summary>
    /// <param name="articleFolder">The folder of the articles (the repository's samples/).</param>
    /// <param name="topicsFile">The articles' labels: <c>file</c> TAB <c>topic</c> lines after a header.</param>
    /// <param name="log">Where to write each prediction.</param>
    public static TopicsSampleResult Run(string articleFolder, string topicsFile, TextWriter log)
    {
        var articles = new List<Article>();
        foreach (string line in File.ReadLines(topicsFile).Skip(1))
        {
            string[] fields = line.Split('\t');
            articles.Add(new Article
            {
                Name = fields[0],
                Text = File.ReadAllText(Path.Combine(articleFolder, fields[0])),
                Label = fields[1] == "economy",
            });
        }

        var ml = new MLContext(seed: 1);
        IDataView data = ml.Data.LoadFromEnumerable(articles);
        var pipeline = ml.Transforms.Text.ExtractNews(inputColumnName: nameof(Article.Text))
            // The entity columns are bags of names: map each name to a slot, count them per article.
            .Append(ml.Transforms.Conversion.MapValueToKey("PersonKeys", NewsColumns.Persons))
            .Append(ml.Transforms.Conversion.MapValueToKey("CountryKeys", NewsColumns.Countries))
            .Append(ml.Transforms.Conversion.MapValueToKey("OrganizationKeys", NewsColumns.Organizations))
            .Append(ml.Transforms.Conversion.MapKeyToVector("PersonBag", "PersonKeys", outputCountVector: true))
            .Append(ml.Transforms.Conversion.MapKeyToVector("CountryBag", "CountryKeys", outputCountVector: true))
            .Append(ml.Transforms.Conversion.MapKeyToVector("OrganizationBag", "OrganizationKeys", outputCountVector: true))
            // How much money and how many figures an article cites: an economy article cites more.
            .Append(ml.Transforms.CustomMapping<QuantityRow, QuantityFeatures>(QuantityFeatures.Map, contractName: null))
            .Append(ml.Transforms.Text.FeaturizeText("Words", nameof(Article.Text)))
            .Append(ml.Transforms.Concatenate("Features", "Words", "PersonBag", "CountryBag", "OrganizationBag", "QuantityCount", NewsColumns.QuoteCount))
            .Append(ml.Transforms.NormalizeMinMax("Features"))
            // The trainer reads the data many times: extract once, then read the features from memory.
            .AppendCacheCheckpoint(ml)
            .Append(ml.BinaryClassification.Trainers.LbfgsLogisticRegression(l2Regularization: 0.01f));

        ITransformer model = pipeline.Fit(data);
        IDataView scored = model.Transform(data);
        List<TopicPrediction> predictions = ml.Data.CreateEnumerable<TopicPrediction>(scored, reuseRowObject: false).ToList();
        foreach (TopicPrediction prediction in predictions)
        {
            log.WriteLine($"{prediction.Name,-26} {(prediction.Economy ? "economy" : "world"),-8} {prediction.Probability:F2}  countries: {string.Join(' ', prediction.Countries)}  people: {string.Join(", ", prediction.Persons)}");
        }
        double accuracy = ml.BinaryClassification.Evaluate(scored).Accuracy;
        return new TopicsSampleResult(articles.Count, accuracy, predictions);
    }
}
