namespace NewsExtraction.Entities.Training;

/// <summary>How <see cref="NerModel.Train"/> and <see cref="NerModel.FineTune"/> train.</summary>
public sealed record NerTrainingOptions
{
    /// <summary>The language of the data, French or English (recorded in the model; ignored when fine-tuning). Default: French.</summary>
    public Language Language { get; init; } = Language.French;

    /// <summary>The most passes over the training data. Default: 30.</summary>
    public int Epochs { get; init; } = 30;

    /// <summary>Stop after this many epochs without a better dev F1, pooled over the dev files' entities (needs dev data). Default: 3.</summary>
    public int Patience { get; init; } = 3;

    /// <summary>Seeds the shuffling: the same seed and data give the same model bytes. Default: 1.</summary>
    public int Seed { get; init; } = 1;

    /// <summary>
    /// Trains this many models, the k-th shuffling with seed <see cref="Seed"/> + k and stopping early on its own, and
    /// keeps the mean of their weights: one model of the same size and speed, usually more accurate. Training takes
    /// this many times longer. Default: 1.
    /// </summary>
    public int Models { get; init; } = 1;

    /// <summary>
    /// Passive-aggressive updates with loss-augmented decoding instead of perceptron ones: each mistake moves the
    /// weights just enough for the gold path to win by its number of wrong tokens. Usually a little more accurate, and
    /// keeps improving for more epochs (give it more patience). Fine-tuning always takes such steps. Default: off.
    /// </summary>
    public bool PassiveAggressive { get; init; }

    /// <summary>
    /// When fine-tuning, a factor on the size of the updates, which are passive-aggressive steps (each mistake moves the
    /// weights just enough for the gold path to win, whatever the scale of the model's weights): smaller keeps more of
    /// what the model knew, larger learns the new data faster. Default: 1.
    /// </summary>
    public float FineTuneRate { get; init; } = 1f;

    /// <summary>The weight table has 2^HashBits feature rows (ignored when fine-tuning). Default: 20.</summary>
    public int HashBits { get; init; } = 20;

    /// <summary>A <c>countries.tsv</c> whose names, demonyms and capitals become features (ignored when fine-tuning: the model's are kept).</summary>
    public string? GazetteerPath { get; init; }

    /// <summary>
    /// Gazetteer files of organisations, person names and places (<c>organizations.tsv</c>, <c>person_names.tsv</c>,
    /// <c>places.tsv</c> of ../shared/data/gazetteer) whose entries become features, kept in the model as hashes
    /// (ignored when fine-tuning: the model's are kept). Default: none.
    /// </summary>
    public IReadOnlyList<string> ListPaths { get; init; } = [];

    /// <summary>
    /// CoNLL files whose annotated names join the model's lists of names and name words beside those of the training
    /// data, without being trained on (e.g. the other language's training files: names travel across languages;
    /// ignored when fine-tuning). Default: none.
    /// </summary>
    public IReadOnlyList<string> NameSources { get; init; } = [];

    /// <summary>
    /// When fine-tuning, sentences of the model's original training data (its card names the files) to rehearse: each
    /// epoch also trains on a fresh sample of them, <see cref="RehearsalShare"/> times as many as the new sentences,
    /// so that the model keeps being reminded of what it knew. Ignored when training from scratch. Default: none.
    /// </summary>
    public IReadOnlyList<NerCorpus> Rehearsal { get; init; } = [];

    /// <summary>How many <see cref="Rehearsal"/> sentences each epoch trains on, relative to the new ones. Default: 1.</summary>
    public double RehearsalShare { get; init; } = 1;

    /// <summary>
    /// When fine-tuning with two or more dev files: the first (the new domain's) chooses the epoch kept, among those whose
    /// F1 on each other dev file (the domains the model already knew) is at most this many points (of 100) below the
    /// starting model's; the starting model always qualifies. Without it, the F1 pooled over all dev files' entities
    /// chooses, and a large old-domain dev file outweighs a small new one. Default: <see langword="null"/>.
    /// </summary>
    public double? KeepWithin { get; init; }

    /// <summary>Where to report progress per epoch (e.g. standard error), or <see langword="null"/>.</summary>
    public TextWriter? Progress { get; init; }

    /// <summary>Receives the share of the current epoch done (0 to 1), about a hundred times an epoch (e.g. to draw a progress bar), or <see langword="null"/>.</summary>
    public IProgress<double>? EpochProgress { get; init; }
}
