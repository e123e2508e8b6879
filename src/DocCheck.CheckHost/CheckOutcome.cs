namespace DocCheck.CheckHost;

/// <summary>How one check ended.</summary>
public enum CheckOutcome
{
    /// <summary>Checked: <see cref="CheckOutputs.Note"/> and the views are in the output directory.</summary>
    Checked,

    /// <summary>The file is not a report DocCheck can read (corrupt, encrypted, scanned…); the reason says why.</summary>
    Unreadable,

    /// <summary>The check did not finish within the time limit; the host was stopped.</summary>
    TimedOut,

    /// <summary>The host process died (stack overflow, out of memory, killed) while checking.</summary>
    Crashed,

    /// <summary>The engine failed in a way that is DocCheck's fault; the reason names the error.</summary>
    Failed,
}
