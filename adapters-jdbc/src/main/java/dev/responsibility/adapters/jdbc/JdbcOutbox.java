package dev.responsibility.adapters.jdbc;

import dev.responsibility.core.port.Outbox;
import dev.responsibility.core.port.OutboxEntry;
import dev.responsibility.core.port.PlatformRecord;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * The durable {@link Outbox} in the {@code outbox} table: a record enqueued with the write that
 * made it stays until the platform acknowledges or rejects it. Thread- and process-safe: every
 * operation is one transaction, and state changes only move PENDING entries.
 */
public final class JdbcOutbox implements Outbox {

  private static final String COLUMNS = "id, record_kind, payload, enqueued_at, state, attempts, not_before, last_error";

  private final DataSource dataSource;

  JdbcOutbox(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  @Override
  public void enqueue(OutboxEntry entry) {
    Sql.inTransaction(dataSource, "enqueueing outbox entry " + entry.id(), c -> {
      enqueue(c, entry);
      return null;
    });
  }

  /** Enqueues inside the caller's transaction (with the write that made the record). */
  void enqueue(Connection c, OutboxEntry entry) throws SQLException {
    if (find(c, entry.id()).isPresent()) {
      return;
    }
    try (PreparedStatement ps = c.prepareStatement("INSERT INTO outbox (id, record_kind, record_id, payload, "
        + "enqueued_at, state, attempts, not_before, last_error) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
      ps.setString(1, entry.id());
      ps.setString(2, entry.record().kind().name());
      ps.setString(3, entry.record().id());
      ps.setString(4, RecordCodec.json(RecordCodec.row(entry.record())));
      ps.setObject(5, utc(entry.enqueuedAt()));
      ps.setString(6, entry.state().name());
      ps.setInt(7, entry.attempts());
      ps.setObject(8, utc(entry.notBefore()));
      RecordTables.setText(ps, 9, entry.lastError());
      ps.executeUpdate();
    }
  }

  @Override
  public List<OutboxEntry> due(Instant now, int limit) {
    if (limit < 1) {
      throw new IllegalArgumentException("limit must be >= 1: " + limit);
    }
    return Sql.inTransaction(dataSource, "reading due outbox entries", c -> {
      List<OutboxEntry> due = new ArrayList<>();
      try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS
          + " FROM outbox WHERE state = 'PENDING' AND not_before <= ? ORDER BY seq")) {
        ps.setObject(1, utc(now));
        ps.setMaxRows(limit);
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next() && due.size() < limit) {
            due.add(entry(rs));
          }
        }
      }
      return due;
    });
  }

  @Override
  public void delivered(String id, Instant at) {
    update("marking outbox entry " + id + " delivered",
        "UPDATE outbox SET state = 'DELIVERED', last_error = NULL WHERE id = ? AND state = 'PENDING'", id);
  }

  @Override
  public void rejected(String id, String reason, Instant at) {
    Sql.inTransaction(dataSource, "marking outbox entry " + id + " rejected", c -> {
      try (PreparedStatement ps = c.prepareStatement(
          "UPDATE outbox SET state = 'REJECTED', last_error = ? WHERE id = ? AND state = 'PENDING'")) {
        ps.setString(1, reason);
        ps.setString(2, id);
        return ps.executeUpdate();
      }
    });
  }

  @Override
  public void retryLater(String id, String reason, Instant notBefore) {
    Sql.inTransaction(dataSource, "deferring outbox entry " + id, c -> {
      try (PreparedStatement ps = c.prepareStatement("UPDATE outbox SET attempts = attempts + 1, last_error = ?, "
          + "not_before = ? WHERE id = ? AND state = 'PENDING'")) {
        ps.setString(1, reason);
        ps.setObject(2, utc(notBefore));
        ps.setString(3, id);
        return ps.executeUpdate();
      }
    });
  }

  @Override
  public Optional<OutboxEntry> find(String id) {
    return Sql.inTransaction(dataSource, "finding outbox entry " + id, c -> find(c, id));
  }

  private Optional<OutboxEntry> find(Connection c, String id) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM outbox WHERE id = ?")) {
      ps.setString(1, id);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? Optional.of(entry(rs)) : Optional.empty();
      }
    }
  }

  private void update(String what, String sql, String id) {
    Sql.inTransaction(dataSource, what, c -> {
      try (PreparedStatement ps = c.prepareStatement(sql)) {
        ps.setString(1, id);
        return ps.executeUpdate();
      }
    });
  }

  private static OutboxEntry entry(ResultSet rs) throws SQLException {
    PlatformRecord.Kind kind = PlatformRecord.Kind.valueOf(rs.getString(2));
    return new OutboxEntry(rs.getString(1), RecordCodec.record(kind, RecordCodec.row(rs.getString(3))),
        instant(rs.getObject(4, LocalDateTime.class)), OutboxEntry.State.valueOf(rs.getString(5)), rs.getInt(6),
        instant(rs.getObject(7, LocalDateTime.class)), Optional.ofNullable(rs.getString(8)));
  }

  private static LocalDateTime utc(Instant instant) {
    return RecordTables.utc(instant);
  }

  private static Instant instant(LocalDateTime utc) {
    return utc.toInstant(ZoneOffset.UTC);
  }
}
