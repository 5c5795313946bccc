package dev.responsibility.adapters.jdbc;

import java.io.StringReader;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.Map;

/** Writes rows of the import's tables: batched prepared statements, or PostgreSQL's COPY. */
interface TableWriter extends AutoCloseable {

  /** Rows buffered before they are sent. */
  int BATCH = 1000;

  /** Adds a row; may send buffered rows. */
  void add(RecordTables.Table table, Object[] values) throws SQLException;

  /** Sends every buffered row. */
  void flush() throws SQLException;

  /** @return the SHA-256 of every row sent, as hex: the import's fingerprint in the change log */
  String digest();

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

  static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException impossible) {
      throw new IllegalStateException("every JDK has SHA-256", impossible);
    }
  }

  /** Batched multi-row inserts through one prepared statement per table. */
  final class Batches implements TableWriter {
    private final Connection c;
    private final Map<RecordTables.Table, PreparedStatement> statements = new EnumMap<>(RecordTables.Table.class);
    private final MessageDigest digest = sha256();
    private final StringBuilder row = new StringBuilder();
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
      row.setLength(0);
      row.append(table.name);
      for (Object v : values) {
        row.append('\u001f').append(v);
      }
      digest.update(row.append('\n').toString().getBytes(StandardCharsets.UTF_8));
      if (++pending >= BATCH) {
        flush();
      }
    }

    @Override
    public String digest() {
      return HexFormat.of().formatHex(digest.digest());
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

  /**
   * PostgreSQL's COPY FROM STDIN in CSV: every text quoted, a missing value an unquoted empty cell
   * (NULL). Rows are formatted on the caller's thread while the previous chunk streams to the
   * server on another, so that formatting and the server's parsing overlap; the connection is
   * used by one thread at a time, and {@link #flush()} waits for every chunk.
   */
  final class Copy implements TableWriter {
    private static final int CHUNK_CHARS = 2 << 20;
    private static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private final org.postgresql.copy.CopyManager copy;
    private final Map<RecordTables.Table, StringBuilder> buffers = new EnumMap<>(RecordTables.Table.class);
    private final MessageDigest digest = sha256();
    private final java.util.concurrent.ExecutorService sender = java.util.concurrent.Executors.newSingleThreadExecutor(r -> {
      Thread t = new Thread(r, "responsibility-copy");
      t.setDaemon(true);
      return t;
    });
    private java.util.concurrent.Future<?> inFlight;

    Copy(org.postgresql.copy.CopyManager copy) {
      this.copy = copy;
    }

    @Override
    public void add(RecordTables.Table table, Object[] values) throws SQLException {
      StringBuilder sb = buffers.computeIfAbsent(table, t -> new StringBuilder(CHUNK_CHARS + 4096));
      for (int i = 0; i < values.length; i++) {
        if (i > 0) {
          sb.append(',');
        }
        Object v = values[i];
        if (v instanceof String s) {
          sb.append('"').append(s.indexOf('"') < 0 ? s : s.replace("\"", "\"\"")).append('"');
        } else if (v instanceof LocalDateTime t) {
          sb.append(TIMESTAMP.format(t));
        } else if (v != null) {
          sb.append(v);
        }
      }
      sb.append('\n');
      if (sb.length() >= CHUNK_CHARS) {
        send(table, sb);
      }
    }

    /** Hands a table's buffered rows to the sender, after the chunk before has gone. */
    private void send(RecordTables.Table table, StringBuilder sb) throws SQLException {
      String rows = sb.toString();
      sb.setLength(0);
      await();
      digest.update(table.name.getBytes(StandardCharsets.UTF_8));
      digest.update(rows.getBytes(StandardCharsets.UTF_8));
      String sql = "COPY " + table.name + " (" + String.join(", ", table.columns) + ") FROM STDIN (FORMAT csv)";
      inFlight = sender.submit(() -> {
        copy.copyIn(sql, new StringReader(rows));
        return null;
      });
    }

    private void await() throws SQLException {
      if (inFlight == null) {
        return;
      }
      try {
        inFlight.get();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new SQLException("interrupted while streaming rows to COPY", e);
      } catch (java.util.concurrent.ExecutionException e) {
        if (e.getCause() instanceof SQLException sql) {
          throw sql;
        }
        throw new SQLException("streaming rows to COPY: " + e.getCause(), e.getCause());
      } finally {
        inFlight = null;
      }
    }

    @Override
    public void flush() throws SQLException {
      for (Map.Entry<RecordTables.Table, StringBuilder> e : buffers.entrySet()) {
        if (e.getValue().length() > 0) {
          send(e.getKey(), e.getValue());
        }
      }
      await();
    }

    @Override
    public String digest() {
      return HexFormat.of().formatHex(digest.digest());
    }

    @Override
    public void close() {
      sender.shutdownNow();
      buffers.clear();
    }
  }
}
