using DuckDB.NET.Data;
using NodaTime;
using PolicyEvents.Domain;

namespace PolicyEvents.Benchmarks.Peers;

/// <summary>
/// DuckDB in process (DuckDB.NET.Data.Full): the same table as <see cref="SqlitePeer"/>, bulk-loaded with the
/// appender in id order; snapshots with <c>arg_max</c>; commands reused with new parameter values (DuckDB.NET 1.5.6.1
/// prepares the statement on every execution: its <c>DuckDBCommand.Prepare()</c> is a no-op).
/// </summary>
public sealed class DuckDbPeer : IDisposable
{
    private readonly DuckDBConnection _connection;
    private readonly IReadOnlyList<PolicyEvent> _events;
    private readonly DuckDBCommand _snapshot;
    private readonly DuckDBCommand _timeline;

    public DuckDbPeer(IReadOnlyList<EventRow> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        _events = [.. rows.Select(r => r.Event)];
        _connection = new DuckDBConnection("DataSource=:memory:");
        _connection.Open();
        using (var create = _connection.CreateCommand())
        {
            create.CommandText = "CREATE TABLE events (idx INTEGER NOT NULL, company VARCHAR NOT NULL, jurisdiction VARCHAR NOT NULL, effective BIGINT NOT NULL)";
            create.ExecuteNonQuery();
        }
        using (var appender = _connection.CreateAppender("events"))
        {
            foreach (var row in rows)
            {
                appender.CreateRow()
                    .AppendValue(row.Index)
                    .AppendValue(row.Event.Company.Value)
                    .AppendValue(row.Event.Jurisdiction.Value)
                    .AppendValue(row.Start.ToUnixTimeTicks())
                    .EndRow();
            }
        }
        _snapshot = Prepare("SELECT arg_max(idx, effective) FROM events WHERE jurisdiction = $1 AND effective <= $2 GROUP BY company", 2);
        _timeline = Prepare("SELECT idx FROM events WHERE company = $1 AND jurisdiction = $2 ORDER BY effective", 2);
    }

    public int Snapshot(JurisdictionCode jurisdiction, Instant at, List<PolicyEvent> results)
    {
        _snapshot.Parameters[0].Value = jurisdiction.Value;
        _snapshot.Parameters[1].Value = at.ToUnixTimeTicks();
        return Read(_snapshot, results);
    }

    public int Timeline(CompanyId company, JurisdictionCode jurisdiction, List<PolicyEvent> results)
    {
        _timeline.Parameters[0].Value = company.Value;
        _timeline.Parameters[1].Value = jurisdiction.Value;
        return Read(_timeline, results);
    }

    public void Dispose()
    {
        _snapshot.Dispose();
        _timeline.Dispose();
        _connection.Dispose();
    }

    private int Read(DuckDBCommand command, List<PolicyEvent> results)
    {
        results.Clear();
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            results.Add(_events[reader.GetInt32(0)]);
        }
        return results.Count;
    }

    private DuckDBCommand Prepare(string sql, int parameterCount)
    {
        var command = _connection.CreateCommand();
#pragma warning disable CA2100 // Fixed SQL text.
        command.CommandText = sql;
        for (var i = 0; i < parameterCount; i++)
        {
            command.Parameters.Add(new DuckDBParameter());
        }
        return command;
    }
}
