namespace DocCheck.Classifiers;

/// <summary>The two indicator classifiers.</summary>
public enum ClassifierTask
{
    /// <summary>(a) the level-2 group of an indicator, from its name and target.</summary>
    Group,

    /// <summary>(b) whether a target is measurable (量化) or vague (模糊), from the target.</summary>
    Target,
}

/// <summary>File names and labels per task.</summary>
public static class ClassifierTasks
{
    /// <summary>Both tasks.</summary>
    public static IReadOnlyList<ClassifierTask> All { get; } = [ClassifierTask.Group, ClassifierTask.Target];

    /// <summary>The model's file name stem under models/ (indicator-group, target-quantified).</summary>
    public static string FileStem(this ClassifierTask task) => task == ClassifierTask.Group ? "indicator-group" : "target-quantified";

    /// <summary>The label of a row for the task, empty when the row has none.</summary>
    public static string LabelOf(this ClassifierTask task, IndicatorRow row)
    {
        ArgumentNullException.ThrowIfNull(row);
        return task == ClassifierTask.Group ? row.Group : row.TargetClass;
    }
}
