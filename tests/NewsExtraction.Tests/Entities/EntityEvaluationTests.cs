using NewsExtraction.Entities.Training;

namespace NewsExtraction.Tests.Entities;

public sealed class EntityEvaluationTests
{
    private static EntityEvaluation Evaluate(params (string[] Gold, string[] Predicted)[] sentences)
    {
        var evaluator = new EntityEvaluator();
        foreach ((string[] gold, string[] predicted) in sentences)
        {
            evaluator.Add(gold, predicted);
        }
        return evaluator.Result();
    }

    [Fact]
    public void An_entity_counts_as_correct_only_with_the_same_span_and_type()
    {
        EntityEvaluation evaluation = Evaluate(
            (["B-PER", "I-PER", "O", "B-LOC"], ["B-PER", "I-PER", "O", "B-ORG"]),
            (["B-PER", "I-PER", "O"], ["B-PER", "O", "O"]));

        Assert.Equal(new EntityScore("PER", 2, 2, 1), evaluation.Types.Single(t => t.Type == "PER"));
        Assert.Equal(new EntityScore("LOC", 1, 0, 0), evaluation.Types.Single(t => t.Type == "LOC"));
        Assert.Equal(new EntityScore("ORG", 0, 1, 0), evaluation.Types.Single(t => t.Type == "ORG"));
    }

    [Fact]
    public void The_micro_average_covers_people_organisations_and_places_but_not_misc()
    {
        EntityEvaluation evaluation = Evaluate((["B-PER", "O", "B-MISC", "B-LOC"], ["B-PER", "O", "O", "B-ORG"]));

        EntityScore micro = evaluation.Micro();
        Assert.Equal((2, 2, 1), (micro.Gold, micro.Predicted, micro.Correct));
        Assert.Equal(0.5, micro.F1, 6);
        Assert.Equal((3, 2, 1), (evaluation.Overall.Gold, evaluation.Overall.Predicted, evaluation.Overall.Correct));
    }

    [Fact]
    public void An_inside_label_after_another_type_starts_a_chunk_as_in_conlleval()
    {
        EntityEvaluation evaluation = Evaluate((["B-PER", "I-PER"], ["B-LOC", "I-PER"]));

        Assert.Equal(new EntityScore("PER", 1, 1, 0), evaluation.Types.Single(t => t.Type == "PER"));
        Assert.Equal(new EntityScore("LOC", 0, 1, 0), evaluation.Types.Single(t => t.Type == "LOC"));
    }
}
