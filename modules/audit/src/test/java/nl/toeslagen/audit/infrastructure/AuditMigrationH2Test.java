package nl.toeslagen.audit.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import nl.toeslagen.audit.api.AuditEvent;
import nl.toeslagen.audit.api.ChainVerification;
import nl.toeslagen.audit.api.Outcome;
import nl.toeslagen.audit.domain.AuditEntry;
import nl.toeslagen.audit.domain.ChainVerifier;
import nl.toeslagen.audit.domain.Hashing;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Runs the portable migration on H2 and checks the chain survives a round trip through it. */
class AuditMigrationH2Test {

  private static final Instant T0 = Instant.parse("2024-05-01T10:15:30.123Z");

  private String url;
  private Connection connection;

  @BeforeEach
  void migrate() throws SQLException {
    url = "jdbc:h2:mem:audit" + System.nanoTime() + ";DB_CLOSE_DELAY=-1";
    Flyway.configure()
        .dataSource(url, "sa", "")
        .locations("classpath:db/migration/common")
        .load()
        .migrate();
    connection = DriverManager.getConnection(url, "sa", "");
  }

  @AfterEach
  void close() throws SQLException {
    try (Statement s = connection.createStatement()) {
      s.execute("SHUTDOWN");
    }
    connection.close();
  }

  @Test
  void migrationCreatesTablesAndGenesisChainHead() throws SQLException {
    try (Statement s = connection.createStatement();
        ResultSet rs =
            s.executeQuery("SELECT id, last_sequence, last_hash FROM audit_chain_head")) {
      assertThat(rs.next()).isTrue();
      assertThat(rs.getInt(1)).isEqualTo(1);
      assertThat(rs.getLong(2)).isZero();
      assertThat(rs.getString(3)).isEqualTo(Hashing.GENESIS_HASH);
      assertThat(rs.next()).isFalse();
    }
    try (Statement s = connection.createStatement();
        ResultSet rs =
            s.executeQuery(
                "SELECT COUNT(*) FROM audit_entry e, audit_decision_record d WHERE 1 = 0")) {
      assertThat(rs.next()).isTrue();
    }
  }

  @Test
  void storedChainReadsBackIntactWithMillisecondTimes() throws SQLException {
    List<AuditEntry> chain = appendChain(25);

    List<AuditEntry> stored = readAll();

    assertThat(stored).isEqualTo(chain);
    assertThat(stored.get(0).occurredAt()).isEqualTo(T0.plusSeconds(1));
    assertThat(ChainVerifier.verify(stored).intact()).isTrue();
  }

  @Test
  void verificationNamesRowChangedDirectlyInTheDatabase() throws SQLException {
    appendChain(10);
    try (Statement s = connection.createStatement()) {
      s.executeUpdate("UPDATE audit_entry SET outcome = 'REFUSED' WHERE sequence_no = 4");
    }

    ChainVerification result = ChainVerifier.verify(readAll());

    assertThat(result.firstBrokenSequence()).isEqualTo(4L);
    assertThat(result.reason()).contains("entry 4 was changed");
  }

  @Test
  void databaseRefusesSecondEntryLinkingToTheSamePredecessor() throws SQLException {
    List<AuditEntry> chain = appendChain(3);
    AuditEntry fork =
        AuditEntry.append(99, T0, event(99), "corr", chain.get(1).entryHash()); // forks after 2

    assertThatThrownBy(() -> insert(fork)).isInstanceOf(SQLException.class);
  }

  @Test
  void entriesStoredBeforeTheUnlinkedMigrationKeepTheirChain() throws SQLException {
    String before = "jdbc:h2:mem:audit-before" + System.nanoTime() + ";DB_CLOSE_DELAY=-1";
    Flyway.configure()
        .dataSource(before, "sa", "")
        .locations("classpath:db/migration/common")
        .target("2.1")
        .load()
        .migrate();
    Connection original = connection;
    try (Connection c = DriverManager.getConnection(before, "sa", "")) {
      connection = c;
      List<AuditEntry> chain = appendChain(5);

      Flyway.configure()
          .dataSource(before, "sa", "")
          .locations("classpath:db/migration/common")
          .load()
          .migrate();

      assertThat(readAll()).isEqualTo(chain);
      assertThat(ChainVerifier.verify(readAll()).intact()).isTrue();
      try (Statement s = c.createStatement()) {
        s.execute("SHUTDOWN");
      }
    } finally {
      connection = original;
    }
  }

  @Test
  void unlinkedEntryIsStoredWithoutSequenceAndLinkedLater() throws SQLException {
    appendChain(2);
    try (Statement s = connection.createStatement()) {
      s.executeUpdate(
          "INSERT INTO audit_entry (occurred_at, actor, action, object_type, object_id, outcome)"
              + " VALUES (CURRENT_TIMESTAMP, 'a', 'X', 'T', '1', 'SUCCESS')");
      s.executeUpdate(
          "INSERT INTO audit_entry (occurred_at, actor, action, object_type, object_id, outcome)"
              + " VALUES (CURRENT_TIMESTAMP, 'b', 'X', 'T', '2', 'SUCCESS')");
      try (ResultSet rs =
          s.executeQuery("SELECT COUNT(*) FROM audit_entry WHERE sequence_no IS NULL")) {
        rs.next();
        assertThat(rs.getInt(1)).isEqualTo(2);
      }
      // linked means sequence number and both hashes; half-linked is refused
      assertThatThrownBy(
              () -> s.executeUpdate("UPDATE audit_entry SET sequence_no = 3 WHERE actor = 'a'"))
          .isInstanceOf(SQLException.class);
      s.executeUpdate(
          "UPDATE audit_entry SET sequence_no = 3, prev_hash = 'p3', entry_hash = 'h3'"
              + " WHERE actor = 'a'");
    }
    assertThat(readAll()).extracting(AuditEntry::sequence).containsExactly(1L, 2L, 3L);
  }

  @Test
  void databaseRefusesUnknownOutcome() {
    assertThatThrownBy(
            () -> {
              try (Statement s = connection.createStatement()) {
                s.executeUpdate(
                    "INSERT INTO audit_entry (sequence_no, occurred_at, actor, action, object_type,"
                        + " object_id, outcome, prev_hash, entry_hash) VALUES (1, CURRENT_TIMESTAMP,"
                        + " 'a', 'X', 'T', '1', 'MAYBE', 'p', 'h')");
              }
            })
        .isInstanceOf(SQLException.class);
  }

  private List<AuditEntry> appendChain(int n) throws SQLException {
    List<AuditEntry> chain = new ArrayList<>();
    String prev = Hashing.GENESIS_HASH;
    for (int i = 1; i <= n; i++) {
      AuditEntry e = AuditEntry.append(i, T0.plusSeconds(i), event(i), "corr-" + i, prev);
      insert(e);
      chain.add(e);
      prev = e.entryHash();
    }
    return chain;
  }

  private static AuditEvent event(int i) {
    return new AuditEvent(
        "jan",
        i % 2 == 0 ? null : "BEHANDELAAR",
        "CASE_VIEWED",
        "OBJECTION",
        "obj-" + i,
        Outcome.SUCCESS,
        "BWBR0005537 art. 7:10",
        "inzage, \"dossier\"\nregel " + i);
  }

  private void insert(AuditEntry e) throws SQLException {
    try (PreparedStatement ps =
        connection.prepareStatement(
            "INSERT INTO audit_entry (sequence_no, occurred_at, actor, role, action, object_type,"
                + " object_id, outcome, legal_basis, reasons, correlation_id, prev_hash,"
                + " entry_hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
      ps.setLong(1, e.sequence());
      ps.setObject(2, e.occurredAt().atOffset(ZoneOffset.UTC));
      ps.setString(3, e.actor());
      ps.setString(4, e.role());
      ps.setString(5, e.action());
      ps.setString(6, e.objectType());
      ps.setString(7, e.objectId());
      ps.setString(8, e.outcome().name());
      ps.setString(9, e.legalBasis());
      ps.setString(10, e.reasons());
      ps.setString(11, e.correlationId());
      ps.setString(12, e.prevHash());
      ps.setString(13, e.entryHash());
      ps.executeUpdate();
    }
  }

  private List<AuditEntry> readAll() throws SQLException {
    List<AuditEntry> result = new ArrayList<>();
    try (Statement s = connection.createStatement();
        ResultSet rs =
            s.executeQuery(
                "SELECT * FROM audit_entry WHERE sequence_no IS NOT NULL ORDER BY sequence_no")) {
      while (rs.next()) {
        result.add(
            new AuditEntry(
                rs.getLong("sequence_no"),
                rs.getObject("occurred_at", OffsetDateTime.class).toInstant(),
                rs.getString("actor"),
                rs.getString("role"),
                rs.getString("action"),
                rs.getString("object_type"),
                rs.getString("object_id"),
                Outcome.valueOf(rs.getString("outcome")),
                rs.getString("legal_basis"),
                rs.getString("reasons"),
                rs.getString("correlation_id"),
                rs.getString("prev_hash"),
                rs.getString("entry_hash")));
      }
    }
    return result;
  }
}
