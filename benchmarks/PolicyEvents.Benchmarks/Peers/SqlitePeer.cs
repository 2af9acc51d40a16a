using Microsoft.Data.Sqlite;
using NodaTime;
using PolicyEvents.Domain;

namespace PolicyEvents.Benchmarks.Peers;

/// <summary>
/// SQLite in memory (Microsoft.Data.Sqlite): one row per event (company, jurisdiction, start in Unix ticks, and the
/// event's index as rowid), a composite index on (company, jurisdiction, effective) for point and timeline queries and
/// one on (jurisdiction, company, effective) for snapshots, so every query is answered from a covering index;
/// prepared commands reused with new parameter values. A query returns rowids, mapped back to the events in memory.
/// </summary>
public sealed class SqlitePeer : IDisposable
{
    private readonly SqliteConnection _connection;
    private readonly IReadOnlyList<PolicyEvent> _events;
    private readonly SqliteCommand _point;
    private readonly SqliteCommand _snapshot;
    private readonly SqliteCommand _timeline;

    public SqlitePeer(IReadOnlyList<EventRow> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        _events = [.. rows.Select(r => r.Event)];
        _connection = new SqliteConnection("Data Source=:memory:");
        _connection.Open();
        Execute("CREATE TABLE events (idx INTEGER PRIMARY KEY, company TEXT NOT NULL, jurisdiction TEXT NOT NULL, effective INTEGER NOT NULL)");
        using (var transaction = _connection.BeginTransaction())
        using (var insert = _connection.CreateCommand())
        {
            insert.Transaction = transaction;
            insert.CommandText = "INSERT INTO events (idx, company, jurisdiction, effective) VALUES ($i, $c, $j, $e)";
            var i = insert.Parameters.Add("$i", SqliteType.Integer);
            var c = insert.Parameters.Add("$c", SqliteType.Text);
            var j = insert.Parameters.Add("$j", SqliteType.Text);
            var e = insert.Parameters.Add("$e", SqliteType.Integer);
            insert.Prepare();
            foreach (var row in rows)
            {
                i.Value = row.Index;
                c.Value = row.Event.Company.Value;
                j.Value = row.Event.Jurisdiction.Value;
                e.Value = row.Start.ToUnixTimeTicks();
                insert.ExecuteNonQuery();
            }
            transaction.Commit();
        }
        Execute("CREATE INDEX ix_company_jurisdiction_effective ON events (company, jurisdiction, effective)");
        Execute("CREATE INDEX ix_jurisdiction_company_effective ON events (jurisdiction, company, effective)");
        Execute("ANALYZE");
        _point = Prepare("SELECT idx FROM events WHERE company = $c AND jurisdiction = $j AND effective <= $t ORDER BY effective DESC LIMIT 1", "$c", "$j", "$t");
        _snapshot = Prepare("SELECT idx, MAX(effective) FROM events WHERE jurisdiction = $j AND effective <= $t GROUP BY company", "$j", "$t");
        _timeline = Prepare("SELECT idx FROM events WHERE company = $c AND jurisdiction = $j ORDER BY effective", "$c", "$j");
    }

    public PolicyEvent? PolicyAt(CompanyId company, JurisdictionCode jurisdiction, Instant at)
    {
        _point.Parameters[0].Value = company.Value;
        _point.Parameters[1].Value = jurisdiction.Value;
        _point.Parameters[2].Value = at.ToUnixTimeTicks();
        var result = _point.ExecuteScalar();
        return result is long index ? _events[(int)index] : null;
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
        _point.Dispose();
        _snapshot.Dispose();
        _timeline.Dispose();
        _connection.Dispose();
    }

    private int Read(SqliteCommand command, List<PolicyEvent> results)
    {
        results.Clear();
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            results.Add(_events[(int)reader.GetInt64(0)]);
        }
        return results.Count;
    }

    private void Execute(string sql)
    {
        using var command = _connection.CreateCommand();
#pragma warning disable CA2100 // Fixed SQL text.
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    private SqliteCommand Prepare(string sql, params string[] parameters)
    {
        var command = _connection.CreateCommand();
        command.CommandText = sql;
        foreach (var name in parameters)
        {
            command.Parameters.Add(new SqliteParameter(name, null));
        }
        foreach (SqliteParameter p in command.Parameters)
        {
            p.Value = p.ParameterName == "$t" ? 0L : "";
        }
        command.Prepare();
        return command;
    }
}
