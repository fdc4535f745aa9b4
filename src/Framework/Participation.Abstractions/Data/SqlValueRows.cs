using System.Globalization;
using System.Text;

namespace Participation.Data;

/// <summary>
/// The <c>VALUES</c> rows of a multi-row <c>INSERT</c> as EF Core placeholders — <c>({0}, {1}), ({2}, {3})</c> —
/// with their values in order, for <c>ExecuteSqlRawAsync</c> and <c>SqlQueryRaw</c>, so every value
/// goes to the database as a parameter. Keep a statement to a few hundred rows.
/// </summary>
public static class SqlValueRows
{
    public static (string Sql, object[] Values) Of<T>(IEnumerable<T> rows, Func<T, object[]> columns)
    {
        var sql = new StringBuilder();
        var values = new List<object>();
        foreach (var row in rows)
        {
            if (values.Count > 0) sql.Append(", ");
            sql.Append('(');
            var first = values.Count;
            foreach (var value in columns(row))
            {
                if (values.Count > first) sql.Append(", ");
                sql.Append('{').Append(values.Count.ToString(CultureInfo.InvariantCulture)).Append('}');
                values.Add(value);
            }
            sql.Append(')');
        }
        return (sql.ToString(), [.. values]);
    }
}
