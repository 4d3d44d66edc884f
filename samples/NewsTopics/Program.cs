using NewsTopics;

// Trains the sample classifier on the articles of samples/ (or of the folder given) and prints its predictions.
// From the repository's root: dotnet run --project samples/NewsTopics
string articles = args.Length > 0 ? args[0] : "samples";
TopicsSampleResult result = TopicsSample.Run(articles, Path.Combine(AppContext.BaseDirectory, "topics.tsv"), Console.Out);
Console.WriteLine($"training accuracy {result.Accuracy:P0} on {result.Articles} articles");
