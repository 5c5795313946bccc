package dev.responsibility.adapters.jdbc;

import dev.responsibility.core.model.PortException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.HexFormat;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * The append-only change log (数据留痕): every write with who, when, what and the record's previous
 * and new state, each entry carrying the SHA-256 of its content and of the entry before it, so
 * that an edited, deleted or re-ordered entry breaks the chain and {@link #verify()} finds it.
 * Thread-safe: writers lock the log's head row, so entries are chained one at a time.
 */
public final class ChangeLog {

  /** The hash before the first entry. */
  static final String GENESIS = "0".repeat(64);

  private final DataSource dataSource;
  private final Clock clock;

  ChangeLog(DataSource dataSource, Clock clock) {
    this.dataSource = dataSource;
    this.clock = clock;
  }

  /**
   * One entry to append.
   *
   * @param actor who wrote, not blank
   * @param operation what was done, such as {@code IMPORT}, {@code BIND}, {@code RECORD}
   * @param recordKind the kind of record, such as {@code RELATION}
   * @param recordId the record's id (for an import, the import's id)
   * @param previousState the record before, as JSON, or empty for a new record
   * @param newState the record after, as JSON, or empty for a removal
   */
  record Entry(String actor, String operation, String recordKind, String recordId,
      Optional<String> previousState, Optional<String> newState) {}

  /** Appends an entry inside the caller's transaction, after locking the head. */
  void append(Connection c, Entry e) throws SQLException {
    long lastSeq;
    String lastHash;
    try (PreparedStatement ps = c.prepareStatement(
        "SELECT last_seq, last_hash FROM change_log_head WHERE id = 1 FOR UPDATE");
        ResultSet rs = ps.executeQuery()) {
      rs.next();
      lastSeq = rs.getLong(1);
      lastHash = rs.getString(2);
    }
    long seq = lastSeq + 1;
    LocalDateTime at = RecordTables.utc(clock.instant());
    String hash = hash(seq, at, e, lastHash);
    try (PreparedStatement ps = c.prepareStatement("INSERT INTO change_log (seq, logged_at, actor, operation, "
        + "record_kind, record_id, previous_state, new_state, previous_hash, entry_hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
      ps.setLong(1, seq);
      ps.setObject(2, at);
      ps.setString(3, e.actor());
      ps.setString(4, e.operation());
      ps.setString(5, e.recordKind());
      ps.setString(6, e.recordId());
      RecordTables.setText(ps, 7, e.previousState());
      RecordTables.setText(ps, 8, e.newState());
      ps.setString(9, lastHash);
      ps.setString(10, hash);
      ps.executeUpdate();
    }
    try (PreparedStatement ps = c.prepareStatement("UPDATE change_log_head SET last_seq = ?, last_hash = ? WHERE id = 1")) {
      ps.setLong(1, seq);
      ps.setString(2, hash);
      ps.executeUpdate();
    }
  }

  /**
   * What {@link #verify()} found.
   *
   * @param entries how many entries were read
   * @param brokenAt the sequence number where the chain first breaks, empty when intact
   * @param reason why it breaks there, empty when intact
   */
  public record Verification(long entries, Optional<Long> brokenAt, Optional<String> reason) {
    /** @return whether the whole log is intact */
    public boolean isIntact() {
      return brokenAt.isEmpty();
    }
  }

  /**
   * Re-computes the chain from the first entry: each entry's sequence number must follow the one
   * before, its previous hash must be that entry's hash, its own hash must match its content, and
   * the last one must be the head's.
   *
   * @return the verification
   * @throws PortException if the database fails
   */
  public Verification verify() {
    return Sql.inTransaction(dataSource, "verifying the change log", c -> {
      long expectedSeq = 1;
      String expectedPrevious = GENESIS;
      long count = 0;
      try (PreparedStatement ps = c.prepareStatement("SELECT seq, logged_at, actor, operation, record_kind, record_id, "
          + "previous_state, new_state, previous_hash, entry_hash FROM change_log ORDER BY seq");
          ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          count++;
          long seq = rs.getLong(1);
          if (seq != expectedSeq) {
            return broken(count, seq, "expected entry " + expectedSeq + " next but found " + seq
                + " (an entry was deleted or re-numbered)");
          }
          Entry e = new Entry(rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6),
              Optional.ofNullable(rs.getString(7)), Optional.ofNullable(rs.getString(8)));
          String previous = rs.getString(9);
          if (!previous.equals(expectedPrevious)) {
            return broken(count, seq, "its previous hash is not the hash of entry " + (seq - 1)
                + " (entries were re-ordered or one was replaced)");
          }
          String actual = hash(seq, rs.getObject(2, LocalDateTime.class), e, previous);
          if (!actual.equals(rs.getString(10))) {
            return broken(count, seq, "its content does not match its hash (the entry was edited)");
          }
          expectedPrevious = actual;
          expectedSeq = seq + 1;
        }
      }
      try (PreparedStatement ps = c.prepareStatement("SELECT last_seq, last_hash FROM change_log_head WHERE id = 1");
          ResultSet rs = ps.executeQuery()) {
        rs.next();
        if (rs.getLong(1) != expectedSeq - 1 || !rs.getString(2).equals(expectedPrevious)) {
          return broken(count, rs.getLong(1), "the log ends at entry " + (expectedSeq - 1) + " but its head says "
              + rs.getLong(1) + " (the last entries were deleted)");
        }
      }
      return new Verification(count, Optional.empty(), Optional.empty());
    });
  }

  private static Verification broken(long count, long seq, String reason) {
    return new Verification(count, Optional.of(seq), Optional.of(reason));
  }

  static String hash(long seq, LocalDateTime at, Entry e, String previousHash) {
    // Length-prefixed fields, so that no two different entries share a canonical text.
    StringBuilder text = new StringBuilder();
    for (String field : new String[] {previousHash, Long.toString(seq), at.withNano(0).toString(), e.actor(),
        e.operation(), e.recordKind(), e.recordId(), e.previousState().orElse("\u0000"), e.newState().orElse("\u0000")}) {
      text.append(field.length()).append(':').append(field).append('\n');
    }
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(sha.digest(text.toString().getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException impossible) {
      throw new IllegalStateException("every JDK has SHA-256", impossible);
    }
  }
}
