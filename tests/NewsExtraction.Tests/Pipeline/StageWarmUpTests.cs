using NewsExtraction.Pipeline;

namespace NewsExtraction.Tests.Pipeline;

public sealed class StageWarmUpTests
{
    [Fact]
    public void The_warm_up_sample_gives_every_stage_but_entity_recognition_work_to_do()
    {
        IDocumentStage[] stages = NewsExtractor.CreateStages(ExtractionStages.All);

        ExtractionResult result = StageWarmUp.Prepare(stages);

        Assert.Contains(result.Entities, e => e.Type == EntityType.Organization && e.Canonical is not null);
        Assert.Contains(result.Entities, e => e.Type == EntityType.Country);
        Assert.Contains(result.Entities, e => e.Type == EntityType.Quantity);
        Assert.Single(result.Quotes);
    }
}
