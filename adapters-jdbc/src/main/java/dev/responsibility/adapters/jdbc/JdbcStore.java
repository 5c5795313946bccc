package dev.responsibility.adapters.jdbc;

import dev.responsibility.core.calendar.WorkPlans;
import dev.responsibility.core.dataset.DataSet;
import dev.responsibility.core.dataset.RecordSink;
import dev.responsibility.core.model.Business;
import dev.responsibility.core.model.Cadre;
import dev.responsibility.core.model.CadreDocument;
import dev.responsibility.core.model.Division;
import dev.responsibility.core.model.GuaranteeRelation;
import dev.responsibility.core.model.ImportException;
import dev.responsibility.core.model.InvalidRecordException;
import dev.responsibility.core.model.PortException;
import dev.responsibility.core.model.Problem;
import dev.responsibility.core.model.SelfCheck;
import dev.responsibility.core.model.StaffAppointment;
import dev.responsibility.core.model.StatusChange;
import dev.responsibility.core.model.Supervision;
import dev.responsibility.core.port.OutboxEntry;
import dev.responsibility.core.port.PlatformRecord;
import dev.responsibility.core.rules.EntryDecision;
import dev.responsibility.core.rules.SupervisionEntryGuard;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.LongConsumer;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/**
 * The data set on a relational database: migrations, imports, loading, live writes with their
 * guards, the change log and the outbox. The host supplies the {@link DataSource} (and owns its
 * pool). Thread-safe: every operation runs in its own transaction.
 */
public final class JdbcStore {

  private final DataSource dataSource;
  private final Dialect dialect;
  private final Clock clock;
  private final ChangeLog changeLog;
  private final JdbcOutbox outbox;

  private JdbcStore(DataSource dataSource, Clock clock) {
    this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
    this.clock = Objects.requireNonNull(clock, "clock");
    try (Connection c = dataSource.getConnection()) {
      this.dialect = Dialect.of(c);
    } catch (SQLException e) {
      throw new PortException("connecting to the database: " + e.getMessage(), e);
    }
    this.changeLog = new ChangeLog(dataSource, clock);
    this.outbox = new JdbcOutbox(dataSource);
  }

  /**
   * @param dataSource the host's data source, not null
   * @param clock the clock for the change log and live writes, not null
   * @return the store
   * @throws PortException if the database cannot be reached or is not H2, PostgreSQL or MariaDB
   */
  public static JdbcStore on(DataSource dataSource, Clock clock) {
    return new JdbcStore(dataSource, clock);
  }

  /** @return the host's data source */
  public DataSource dataSource() {
    return dataSource;
  }

  /** @return the database's dialect */
  public Dialect dialect() {
    return dialect;
  }

  /** @return the change log */
  public ChangeLog changeLog() {
    return changeLog;
  }

  /** @return the durable outbox */
  public JdbcOutbox outbox() {
    return outbox;
  }

  /**
   * Creates or upgrades the schema with the dialect's versioned migrations.
   *
   * @throws PortException if a migration fails
   */
  public void migrate() {
    try {
      Flyway.configure()
          .dataSource(dataSource)
          .locations("classpath:db/migration/" + dialect.migrationFolder())
          .load()
          .migrate();
    } catch (RuntimeException e) {
      throw new PortException("migrating the schema (" + dialect + "): " + e.getMessage(), e);
    }
  }

  /**
   * How an import ended.
   *
   * @param importId the import's id, as logged in the change log
   * @param counts records stored, per kind
   */
  public record ImportSummary(String importId, Map<String, Long> counts) {
    /** @return every record stored */
    public long total() {
      return counts.values().stream().mapToLong(Long::longValue).sum();
    }
  }

  /**
   * Imports records as given, in one transaction: all of them or, on any error, none. Unknown ids,
   * double relations, late entries are facts and are stored; an id already stored is an error.
   * PostgreSQL takes the rows through COPY, the others through batched inserts. The division
   * closure is rebuilt, and the import is logged as one change-log entry whose state
   * is the digest of every record stored.
   *
   * @param source writes the records into the sink it is given (a file reader, a generator), not null
   * @param actor who imports, for the change log, not blank
   * @param progress told the running count of records stored, after each batch; not null
   * @return the summary
   * @throws ImportException if the source reports malformed input, or a record collides with a
   *     stored one (naming the table, the id and the rule); the database is left as it was
   * @throws PortException if the database fails
   */
  public ImportSummary importRecords(Consumer<RecordSink> source, String actor, LongConsumer progress) {
    String importId = "import-" + UUID.randomUUID();
    try {
      return Sql.inTransaction(dataSource, "importing", c -> {
        try (TableWriter tables = TableWriter.on(c, dialect)) {
          ImportSink writer = new ImportSink(tables, progress);
          try {
            source.accept(writer);
          } catch (SqlFailure e) {
            throw e.getCause();
          }
          refreshClosure(c, tables);
          writer.finish();
          changeLog.append(c, new ChangeLog.Entry(actor, "IMPORT", "DATA_SET", importId, Optional.empty(),
              Optional.of(RecordCodec.json(Map.of("records", Long.toString(writer.total()), "sha256", tables.digest())))));
          return new ImportSummary(importId, writer.counts());
        }
      });
    } catch (PortException e) {
      if (e.getCause() instanceof SQLException sql && isDuplicateKey(sql)) {
        throw new ImportException(List.of(new ImportException.Error("database", 0, "id",
            "a record collides with one already stored (ids are unique per kind): " + sql.getMessage())), e);
      }
      throw e;
    }
  }

  /**
   * Loads every stored record into a data set.
   *
   * @return the data set
   * @throws PortException if the database fails or holds a row the model refuses (naming it)
   */
  public DataSet load() {
    return Sql.inTransaction(dataSource, "loading the data set", c -> {
      DataSet.Builder builder = DataSet.builder();
      RecordTables.readAll(c, builder);
      try {
        return builder.build();
      } catch (InvalidRecordException e) {
        throw new PortException("the stored records do not make a well-formed data set: " + e.getMessage(), e);
      }
    });
  }

  /**
   * Binds a relation live: the business's row is locked, and the bind is refused when another
   * relation of the business is active on any day of the new one. Logged and queued for the
   * platform in the same transaction.
   *
   * @param relation the relation, not null
   * @param actor who binds, not blank
   * @throws RefusedWriteException if another relation of the business overlaps it
   * @throws PortException if the database fails
   */
  public void bind(GuaranteeRelation relation, String actor) {
    Sql.inTransaction(dataSource, "binding relation " + relation.id(), c -> {
      lockBusiness(c, relation.business().value());
      try (PreparedStatement ps = c.prepareStatement("SELECT id FROM relations WHERE business_id = ? "
          + "AND valid_from <= ? AND (valid_to IS NULL OR valid_to >= ?)")) {
        ps.setString(1, relation.business().value());
        ps.setObject(2, relation.validTo().orElse(java.time.LocalDate.of(9999, 12, 31)));
        ps.setObject(3, relation.validFrom());
        try (ResultSet rs = ps.executeQuery()) {
          if (rs.next()) {
            throw new RefusedWriteException("relation " + relation.id() + " would give business " + relation.business()
                + " a second active relation (" + rs.getString(1) + " overlaps it); R7 allows exactly one");
          }
        }
      }
      insert(c, RecordTables.Table.RELATIONS, RecordTables.values(relation, true));
      logAndQueue(c, actor, "BIND", PlatformRecord.of(relation), Optional.empty());
      return null;
    });
  }

  /**
   * Records a supervision live, judged by the entry guard (R14, R15) against the stored relations
   * of its business. A refused entry is not written; a flagged one is written, and its problems are
   * kept in the change log.
   *
   * @param supervision the record, not null
   * @param workPlans the work plans (entry deadlines), not null
   * @param onProblem whether problems refuse or flag the write, not null
   * @param actor who enters it, not blank
   * @return the guard's decision
   * @throws RefusedWriteException if the guard refuses it
   * @throws PortException if the database fails
   */
  public EntryDecision record(Supervision supervision, WorkPlans workPlans, SupervisionEntryGuard.OnProblem onProblem,
      String actor) {
    return Sql.inTransaction(dataSource, "recording supervision " + supervision.id(), c -> {
      lockBusiness(c, supervision.business().value());
      DataSet.Builder relations = DataSet.builder();
      try (PreparedStatement ps = c.prepareStatement(
          "SELECT id, cadre_id, business_id, valid_from, valid_to FROM relations WHERE business_id = ?")) {
        ps.setString(1, supervision.business().value());
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            relations.add(GuaranteeRelation.builder().id(dev.responsibility.core.model.RelationId.of(rs.getString(1)))
                .cadre(dev.responsibility.core.model.CadreId.of(rs.getString(2)))
                .business(dev.responsibility.core.model.BusinessId.of(rs.getString(3)))
                .validFrom(RecordTables.date(rs, 4)).validTo(RecordTables.optionalDate(rs, 5)).build());
          }
        }
      }
      EntryDecision decision = SupervisionEntryGuard.of(relations.build(), workPlans, onProblem, clock).checkNew(supervision);
      if (decision instanceof EntryDecision.Refused refused) {
        throw new RefusedWriteException("supervision " + supervision.id() + " refused: " + refused.problems());
      }
      insert(c, RecordTables.Table.SUPERVISIONS, RecordTables.values(supervision));
      Optional<String> flags = decision.problems().isEmpty() ? Optional.empty()
          : Optional.of(RecordCodec.json(Map.of("flagged", decision.problems().toString())));
      logAndQueue(c, actor, "RECORD", PlatformRecord.of(supervision), flags);
      return decision;
    });
  }

  /**
   * Changes a business's status live.
   *
   * @param change the status change, not null
   * @param actor who changes it, not blank
   * @throws RefusedWriteException if the business already has a status change on that day
   * @throws PortException if the database fails
   */
  public void change(StatusChange change, String actor) {
    Sql.inTransaction(dataSource, "changing the status of " + change.business(), c -> {
      lockBusiness(c, change.business().value());
      try (PreparedStatement ps = c.prepareStatement(
          "SELECT status FROM status_changes WHERE business_id = ? AND effective_from = ?")) {
        ps.setString(1, change.business().value());
        ps.setObject(2, change.effectiveFrom());
        try (ResultSet rs = ps.executeQuery()) {
          if (rs.next()) {
            throw new RefusedWriteException("business " + change.business() + " already has a status change on "
                + change.effectiveFrom() + " (" + rs.getString(1) + "); one a day");
          }
        }
      }
      insert(c, RecordTables.Table.STATUS_CHANGES, RecordTables.values(change));
      changeLog.append(c, new ChangeLog.Entry(actor, "CHANGE_STATUS", "STATUS_CHANGE",
          change.business().value() + "@" + change.effectiveFrom(), Optional.empty(),
          Optional.of(RecordCodec.json(RecordCodec.row(change)))));
      return null;
    });
  }

  private static void insert(Connection c, RecordTables.Table table, Object[] values) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(table.insert())) {
      RecordTables.bind(ps, values);
      ps.executeUpdate();
    }
  }

  private void logAndQueue(Connection c, String actor, String operation, PlatformRecord record, Optional<String> note)
      throws SQLException {
    String state = RecordCodec.json(RecordCodec.row(record));
    changeLog.append(c, new ChangeLog.Entry(actor, operation, record.kind().name(), record.id(),
        note, Optional.of(state)));
    outbox.enqueue(c, OutboxEntry.pending(record.kind() + ":" + record.id() + ":" + UUID.randomUUID(), record,
        clock.instant()));
  }

  /** Serialises live writes of one business: every engine locks the row; PostgreSQL's constraint backs it up. */
  private static void lockBusiness(Connection c, String businessId) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("SELECT id FROM businesses WHERE id = ? FOR UPDATE")) {
      ps.setString(1, businessId);
      try (ResultSet rs = ps.executeQuery()) {
        if (!rs.next()) {
          throw new RefusedWriteException("business " + businessId + " is not stored; import it before live writes");
        }
      }
    }
  }

  /** Rebuilds the (ancestor, descendant) pairs of the division tree from the stored parents. */
  private static void refreshClosure(Connection c, TableWriter tables) throws SQLException {
    tables.flush();
    Map<String, String> parent = new HashMap<>();
    RecordTables.query(c, "SELECT code, parent_code FROM divisions", rs -> parent.put(rs.getString(1), rs.getString(2)));
    try (PreparedStatement delete = c.prepareStatement("DELETE FROM division_closure")) {
      delete.executeUpdate();
    }
    for (String code : parent.keySet()) {
      int depth = 0;
      for (String a = code; a != null; a = parent.get(a)) {
        if (++depth > parent.size()) {
          throw new InvalidRecordException("divisions: parent_code of " + code + " makes a cycle");
        }
        tables.add(RecordTables.Table.DIVISION_CLOSURE, new Object[] {a, code});
      }
    }
  }

  private static boolean isDuplicateKey(SQLException e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof SQLException s && s.getSQLState() != null && (s.getSQLState().equals("23505")
          || s.getSQLState().equals("23000"))) {
        return true;
      }
    }
    return false;
  }

  /** A sink that turns each record into its table's row, counts it and adds it to the import's digest. */
  private static final class ImportSink implements RecordSink {
    private final TableWriter writer;
    private final LongConsumer progress;
    private final Map<String, Long> counts = new java.util.TreeMap<>();
    private long total;

    ImportSink(TableWriter writer, LongConsumer progress) {
      this.writer = writer;
      this.progress = Objects.requireNonNull(progress, "progress");
    }

    private void add(RecordTables.Table table, Object[] values) {
      try {
        writer.add(table, values);
      } catch (SQLException e) {
        throw new SqlFailure(e);
      }
      counts.merge(table.name, 1L, Long::sum);
      if (++total % TableWriter.BATCH == 0) {
        progress.accept(total);
      }
    }

    void finish() throws SQLException {
      writer.flush();
      progress.accept(total);
    }

    long total() {
      return total;
    }

    Map<String, Long> counts() {
      return Map.copyOf(counts);
    }


    @Override
    public void division(Division d) {
      add(RecordTables.Table.DIVISIONS, RecordTables.values(d));
    }

    @Override
    public void business(Business b) {
      add(RecordTables.Table.BUSINESSES, RecordTables.values(b));
    }

    @Override
    public void statusChange(StatusChange s) {
      add(RecordTables.Table.STATUS_CHANGES, RecordTables.values(s));
    }

    @Override
    public void cadre(Cadre cadre) {
      add(RecordTables.Table.CADRES, RecordTables.values(cadre));
    }

    @Override
    public void relation(GuaranteeRelation r) {
      add(RecordTables.Table.RELATIONS, RecordTables.values(r, false));
    }

    @Override
    public void document(CadreDocument d) {
      add(RecordTables.Table.DOCUMENTS, RecordTables.values(d));
    }

    @Override
    public void supervision(Supervision s) {
      add(RecordTables.Table.SUPERVISIONS, RecordTables.values(s));
    }

    @Override
    public void problem(Problem p) {
      add(RecordTables.Table.PROBLEMS, RecordTables.values(p));
    }

    @Override
    public void staff(StaffAppointment s) {
      add(RecordTables.Table.STAFF, RecordTables.values(s));
    }

    @Override
    public void selfCheck(SelfCheck s) {
      add(RecordTables.Table.SELF_CHECKS, RecordTables.values(s));
    }
  }

  /** Carries a SQLException out of a RecordSink callback, which cannot throw it. */
  private static final class SqlFailure extends RuntimeException {
    private static final long serialVersionUID = 1L;

    SqlFailure(SQLException cause) {
      super(cause);
    }

    @Override
    public synchronized SQLException getCause() {
      return (SQLException) super.getCause();
    }
  }
}
