// Hangfire keeps its job storage in a static (JobStorage.Current): two apps alive at once in one test process would
// share, and dispose, each other's in-memory storage. A real process hosts one app, so the tests run one at a time.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
