package dev.responsibility.adapters.jdbc;

import java.io.IOException;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.EnumMap;
import java.util.Map;

/** Writes rows of the import's tables: batched prepared statements, or PostgreSQL's COPY. */
interface TableWriter extends AutoCloseable {

  /** Rows buffered before they are sent. */
  int BATCH = 1000;

  /** Adds a row; may send buffered rows. */
  void add(RecordTables.Table table, Object[] values) throws SQLException;

  /** Sends every buffered row. */
  void flush() throws SQLException;

  @Override
  void close() throws SQLException;

  /**
   * @param c the import's connection
   * @param dialect its dialect
   * @return COPY when the connection is PgJDBC's, batched inserts otherwise
   */
  static TableWriter on(Connection c, Dialect dialect) throws SQLException {
    if (dialect == Dialect.POSTGRESQL && c.isWrapperFor(org.postgresql.PGConnection.class)) {
      return new Copy(c.unwrap(org.postgresql.PGConnection.class).getCopyAPI());
    }
    return new Batches(c);
  }

  /** Batched multi-row inserts through one prepared statement per table. */
  final class Batches implements TableWriter {
    private final Connection c;
    private final Map<RecordTables.Table, PreparedStatement> statements = new EnumMap<>(RecordTables.Table.class);
    private int pending;

    Batches(Connection c) {
      this.c = c;
    }

    @Override
    public void add(RecordTables.Table table, Object[] values) throws SQLException {
      PreparedStatement ps = statements.get(table);
      if (ps == null) {
        ps = c.prepareStatement(table.insert());
        statements.put(table, ps);
      }
      RecordTables.bind(ps, values);
      ps.addBatch();
      if (++pending >= BATCH) {
        flush();
      }
    }

    @Override
    public void flush() throws SQLException {
      for (PreparedStatement ps : statements.values()) {
        ps.executeBatch();
      }
      pending = 0;
    }

    @Override
    public void close() throws SQLException {
      for (PreparedStatement ps : statements.values()) {
        ps.close();
      }
    }
  }

  /** PostgreSQL's COPY FROM STDIN in CSV: every text quoted, a missing value an unquoted empty cell (NULL). */
  final class Copy implements TableWriter {
    private static final int BUFFER_CHARS = 4 << 20;
    private static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private final org.postgresql.copy.CopyManager copy;
    private final Map<RecordTables.Table, StringBuilder> buffers = new EnumMap<>(RecordTables.Table.class);
    private int buffered;

    Copy(org.postgresql.copy.CopyManager copy) {
      this.copy = copy;
    }

    @Override
    public void add(RecordTables.Table table, Object[] values) throws SQLException {
      StringBuilder sb = buffers.computeIfAbsent(table, t -> new StringBuilder());
      int before = sb.length();
      for (int i = 0; i < values.length; i++) {
        if (i > 0) {
          sb.append(',');
        }
        Object v = values[i];
        if (v instanceof String s) {
          sb.append('"').append(s.replace("\"", "\"\"")).append('"');
        } else if (v instanceof LocalDateTime t) {
          sb.append(TIMESTAMP.format(t));
        } else if (v != null) {
          sb.append(v);
        }
      }
      sb.append('\n');
      buffered += sb.length() - before;
      if (buffered >= BUFFER_CHARS) {
        flush();
      }
    }

    @Override
    public void flush() throws SQLException {
      try {
        for (Map.Entry<RecordTables.Table, StringBuilder> e : buffers.entrySet()) {
          if (e.getValue().length() > 0) {
            RecordTables.Table t = e.getKey();
            copy.copyIn("COPY " + t.name + " (" + String.join(", ", t.columns) + ") FROM STDIN (FORMAT csv)",
                new StringReader(e.getValue().toString()));
            e.getValue().setLength(0);
          }
        }
      } catch (IOException e) {
        throw new SQLException("streaming rows to COPY: " + e.getMessage(), e);
      }
      buffered = 0;
    }

    @Override
    public void close() {
      buffers.clear();
    }
  }
}
