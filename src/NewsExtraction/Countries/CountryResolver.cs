using NewsExtraction.Pipeline;

namespace NewsExtraction.Countries;

/// <summary>Finds COUNTRY mentions (names, demonyms, capitals) and turns LOCATION mentions of states into COUNTRY.</summary>
internal sealed class CountryResolver : IDocumentStage
{
    public void Process(DocumentContext document)
    {
    }
}
