namespace PolicyEvents.Storage;

/// <summary>
/// A recorded instant as a column of events keeps it: whole seconds from 2000-01-01T00:00:00Z in 4 bytes, which covers
/// 1931-12-13T20:45:53Z to 2068-01-19T03:14:07Z, when datasets are recorded. Any other instant (a fraction of a second,
/// another year) is <see cref="Aside"/>, and the store keeps it whole, by position.
/// </summary>
internal static class RecordedSeconds
{
    /// <summary>The number that says the instant is kept aside.</summary>
    internal const int Aside = int.MinValue;

    private const long EpochSeconds = 946_684_800; // 2000-01-01T00:00:00Z in Unix seconds

    /// <summary>The seconds of <paramref name="recorded"/>, or <see cref="Aside"/>.</summary>
    internal static int Of(NodaTime.Instant recorded)
    {
        // Whole seconds come back whole; int.MinValue is Aside itself, so that instant is kept aside too.
        var seconds = recorded.ToUnixTimeSeconds() - EpochSeconds;
        return seconds is > int.MinValue and <= int.MaxValue && ToInstant((int)seconds) == recorded ? (int)seconds : Aside;
    }

    /// <summary>The instant of seconds that <see cref="Of"/> gave (not <see cref="Aside"/>).</summary>
    internal static NodaTime.Instant ToInstant(int seconds) => NodaTime.Instant.FromUnixTimeSeconds(seconds + EpochSeconds);
}
