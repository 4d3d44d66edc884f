using Microsoft.ML;
using Microsoft.ML.Data;

namespace NewsExtraction.ML.Tests;

public sealed class NewsExtractionCatalogTests
{
    private const string French = "Le président Emmanuel Macron a reçu mardi le chancelier Olaf Scholz à Berlin. "
        + "« La France restera aux côtés de l’Ukraine », a déclaré Emmanuel Macron. "
        + "La France a promis 3 milliards d’euros d’aide à l’Ukraine.";

    private const string English = "President Joe Biden met Chancellor Olaf Scholz in Berlin on Tuesday. "
        + "“The United States will stand with Ukraine,” Joe Biden said. "
        + "The United States pledged 3 billion dollars in aid to Ukraine.";

    private sealed class Row
    {
        public string Text { get; set; } = "";
    }

    private sealed class News
    {
        public string[] Persons { get; set; } = [];
        public string[] Organizations { get; set; } = [];
        public string[] Countries { get; set; } = [];
        public string[] Locations { get; set; } = [];
        public float[] Quantities { get; set; } = [];
        public float QuoteCount { get; set; }
    }

    private static IDataView Articles(MLContext ml, params string[] texts) =>
        ml.Data.LoadFromEnumerable(texts.Select(text => new Row { Text = text }));

    private static List<News> Read(MLContext ml, IDataView data) =>
        ml.Data.CreateEnumerable<News>(data, reuseRowObject: false).ToList();

    [Fact]
    public void ExtractNews_adds_text_vectors_a_float_vector_and_a_float()
    {
        var ml = new MLContext(seed: 1);
        DataViewSchema schema = ml.Transforms.Text.ExtractNews(inputColumnName: "Text").Fit(Articles(ml, French)).GetOutputSchema(Articles(ml, French).Schema);

        foreach (string column in new[] { "Persons", "Organizations", "Countries", "Locations" })
        {
            var type = Assert.IsType<VectorDataViewType>(schema[column].Type);
            Assert.Equal(TextDataViewType.Instance, type.ItemType);
        }
        var quantities = Assert.IsType<VectorDataViewType>(schema["Quantities"].Type);
        Assert.Equal(NumberDataViewType.Single, quantities.ItemType);
        Assert.Equal(NumberDataViewType.Single, schema["QuoteCount"].Type);
        Assert.Equal(TextDataViewType.Instance, schema["Text"].Type);
        Assert.DoesNotContain(schema, column => column.Name.StartsWith("NewsExtraction.", StringComparison.Ordinal));
    }

    [Fact]
    public void French_and_English_articles_give_their_people_countries_quantities_and_quotes()
    {
        var ml = new MLContext(seed: 1);
        IDataView data = Articles(ml, French, English);
        List<News> rows = Read(ml, ml.Transforms.Text.ExtractNews().Fit(data).Transform(data));

        News french = rows[0], english = rows[1];
        Assert.Contains("Emmanuel Macron", french.Persons);
        Assert.Contains("Olaf Scholz", french.Persons);
        Assert.Equal(french.Persons.Distinct().Count(), french.Persons.Length);
        Assert.Equal(["FR", "UA"], french.Countries.Order());
        Assert.Contains(3e9f, french.Quantities);
        Assert.Equal(1f, french.QuoteCount);

        Assert.Contains("Joe Biden", english.Persons);
        Assert.Contains("US", english.Countries);
        Assert.Contains("UA", english.Countries);
        Assert.Contains(3e9f, english.Quantities);
        Assert.Equal(1f, english.QuoteCount);
        Assert.Contains("Berlin", english.Locations.Concat(french.Locations));
    }

    [Fact]
    public void An_empty_text_gives_empty_columns()
    {
        var ml = new MLContext(seed: 1);
        IDataView data = Articles(ml, "");
        News row = Read(ml, ml.Transforms.Text.ExtractNews().Fit(data).Transform(data)).Single();

        Assert.Empty(row.Persons);
        Assert.Empty(row.Countries);
        Assert.Empty(row.Quantities);
        Assert.Equal(0f, row.QuoteCount);
    }

    [Fact]
    public void Options_prefix_the_columns_and_leave_unrequested_types_and_stages_empty()
    {
        var ml = new MLContext(seed: 1);
        IDataView data = Articles(ml, French);
        var options = new ExtractNewsOptions
        {
            ColumnPrefix = "News",
            Stages = ExtractionStages.Entities | ExtractionStages.Countries,
            EntityTypes = new HashSet<EntityType> { EntityType.Country },
        };
        IDataView output = ml.Transforms.Text.ExtractNews("Text", options).Fit(data).Transform(data);

        Assert.Null(output.Schema.GetColumnOrNull("Persons"));
        Assert.Equal(["FR", "UA"], Column<VBuffer<ReadOnlyMemory<char>>>(output, "NewsCountries").DenseValues().Select(c => c.ToString()).Order());
        Assert.Equal(0, Column<VBuffer<ReadOnlyMemory<char>>>(output, "NewsPersons").Length);
        Assert.Equal(0, Column<VBuffer<float>>(output, "NewsQuantities").Length);
        Assert.Equal(0f, Column<float>(output, "NewsQuoteCount"));
    }

    [Fact]
    public void The_fitted_transformer_saves_and_loads_with_its_options()
    {
        var ml = new MLContext(seed: 1);
        IDataView data = Articles(ml, French, English);
        var options = new ExtractNewsOptions { ColumnPrefix = "News", EntityTypes = new HashSet<EntityType> { EntityType.Person, EntityType.Country } };
        ITransformer fitted = ml.Transforms.Text.ExtractNews("Text", options).Fit(data);
        using var file = new MemoryStream();
        ml.Model.Save(fitted, data.Schema, file);
        file.Position = 0;

        var other = new MLContext(seed: 2);
        other.ComponentCatalog.RegisterAssembly(typeof(NewsExtractionCatalog).Assembly);
        ITransformer loaded = other.Model.Load(file, out DataViewSchema inputSchema);

        Assert.Equal("Text", Assert.Single(inputSchema).Name);
        IDataView before = fitted.Transform(data), after = loaded.Transform(Articles(other, French, English));
        foreach (string column in new[] { "NewsPersons", "NewsCountries", "NewsOrganizations" })
        {
            Assert.Equal(Texts(before, column), Texts(after, column));
        }
        Assert.Contains("Emmanuel Macron", Texts(after, "NewsPersons")[0]);
        Assert.Empty(Texts(after, "NewsOrganizations")[0]);
    }

    [Fact]
    public void Rows_read_on_several_threads_give_the_same_columns_as_in_order()
    {
        var ml = new MLContext(seed: 1);
        string[] texts = Enumerable.Range(0, 40).Select(i => i % 2 == 0 ? French : English).ToArray();
        IDataView data = Articles(ml, texts);
        IDataView output = ml.Transforms.Text.ExtractNews().Fit(data).Transform(data);
        DataViewRowCursor[] cursors = output.GetRowCursorSet(output.Schema.Where(c => c.Name == "Persons"), n: 4);

        var persons = new System.Collections.Concurrent.ConcurrentBag<string>();
        Parallel.ForEach(cursors, cursor =>
        {
            ValueGetter<VBuffer<ReadOnlyMemory<char>>> getter = cursor.GetGetter<VBuffer<ReadOnlyMemory<char>>>(output.Schema["Persons"]);
            VBuffer<ReadOnlyMemory<char>> value = default;
            while (cursor.MoveNext())
            {
                getter(ref value);
                persons.Add(string.Join('|', value.DenseValues()));
            }
        });

        Assert.Equal(texts.Length, persons.Count);
        Assert.Equal(Texts(output, "Persons").Select(p => string.Join('|', p)).Order(), persons.Order());
    }

    private static T Column<T>(IDataView data, string column) => data.GetColumn<T>(column).Single();

    private static List<string[]> Texts(IDataView data, string column) =>
        data.GetColumn<VBuffer<ReadOnlyMemory<char>>>(column).Select(v => v.DenseValues().Select(m => m.ToString()).ToArray()).ToList();
}
