package nl.toeslagen.objections.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.toeslagen.objections.domain.Objection;
import nl.toeslagen.objections.domain.Stage;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Runs the portable objection migrations on H2: a row stored in the layout of before V3_3 (a
 * version 1 document) gets its new column filled and stays readable, and every fact a query of
 * {@link JpaObjectionRepository} filters or sorts on leads an index (ADR 0016).
 */
class ObjectionMigrationH2Test {

  private String url;
  private Connection connection;

  @BeforeEach
  void openDatabase() throws SQLException {
    url = "jdbc:h2:mem:objections" + System.nanoTime() + ";DB_CLOSE_DELAY=-1";
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
  void aRowStoredBeforeTheSchemaVersionColumnIsMarkedVersion1AndStillReadsAsTheSameCase()
      throws SQLException {
    migrate("3.2");
    String stored = StoredDocuments.text(StoredDocuments.V1);
    insertVersion1Row("0b5e6c1e-1111-4a4a-9b9b-000000000001", stored);

    migrate(null);

    try (Statement s = connection.createStatement();
        ResultSet rs =
            s.executeQuery(
                "SELECT state_version, state_json, stage, decision_deadline, case_number"
                    + " FROM obj_objection")) {
      assertThat(rs.next()).isTrue();
      assertThat(rs.getInt("state_version")).isEqualTo(1);
      assertThat(rs.getString("state_json")).isEqualTo(stored);
      // the migration numbered the case in the year it was registered
      assertThat(rs.getString("case_number")).isEqualTo("BZ-2024-000001");
      Objection o = StoredDocuments.restore(rs.getString("state_json"));
      assertThat(o.stage()).isEqualTo(Stage.valueOf(rs.getString("stage")));
      assertThat(o.term().deadline()).isEqualTo(rs.getObject("decision_deadline", LocalDate.class));
      assertThat(rs.next()).isFalse();
    }
  }

  @Test
  void newCasesTakeTheirNumbersFromTheSequenceAfterTheNumbersTheMigrationGave()
      throws SQLException {
    migrate("3.2");
    insertVersion1Row("0b5e6c1e-1111-4a4a-9b9b-000000000001", "{}");
    insertVersion1Row("0b5e6c1e-1111-4a4a-9b9b-000000000002", "{}");
    migrate(null);

    try (Statement s = connection.createStatement();
        ResultSet rs = s.executeQuery("SELECT nextval('obj_case_number_seq')")) {
      assertThat(rs.next()).isTrue();
      assertThat(rs.getLong(1)).isEqualTo(3);
    }
    assertThatThrownBy(
            () -> {
              try (Statement s = connection.createStatement()) {
                s.executeUpdate(
                    "UPDATE obj_objection SET case_number = 'BZ-2024-000001'"
                        + " WHERE id = '0b5e6c1e-1111-4a4a-9b9b-000000000002'");
              }
            })
        .isInstanceOf(SQLException.class);
  }

  @Test
  void aRowWrittenAfterTheMigrationMustStateItsSchemaVersion() throws SQLException {
    migrate(null);

    assertThatThrownBy(() -> insertVersion1Row("id-without-version", "{}"))
        .isInstanceOf(SQLException.class)
        .hasMessageContaining("STATE_VERSION");
  }

  @Test
  void everyFactTheRepositoryQueriesLeadsAnIndex() throws SQLException {
    migrate(null);

    List<List<String>> indexes = new ArrayList<>(indexes("OBJ_OBJECTION").values());

    // search: citizen and received date; received date alone
    assertThat(indexes).anyMatch(i -> i.equals(List.of("BSN", "RECEIVED_DATE")));
    assertThat(indexes).anyMatch(i -> i.get(0).equals("RECEIVED_DATE"));
    // open and overdue: soonest deadline first, stage checked in the index
    assertThat(indexes).anyMatch(i -> i.equals(List.of("DECISION_DEADLINE", "STAGE")));
    // a stage, soonest deadline first
    assertThat(indexes).anyMatch(i -> i.equals(List.of("STAGE", "DECISION_DEADLINE")));
    // the term KPI: decided cases by closing date
    assertThat(indexes).anyMatch(i -> i.equals(List.of("STAGE", "CLOSED_ON")));
    // benefit type, soonest deadline first
    assertThat(indexes).anyMatch(i -> i.equals(List.of("BENEFIT_TYPE", "DECISION_DEADLINE")));
    // a case found by its human-readable number
    assertThat(indexes).anyMatch(i -> i.equals(List.of("CASE_NUMBER")));
  }

  @Test
  void theOverdueAndTermQueriesUseTheirIndexes() throws SQLException {
    migrate(null);

    assertThat(
            plan(
                "SELECT id FROM obj_objection WHERE stage NOT IN ('DECIDED', 'WITHDRAWN')"
                    + " AND decision_deadline < DATE '2024-06-01' ORDER BY decision_deadline, id"))
        .contains("OBJ_OBJECTION_DUE_IDX");
    assertThat(
            plan(
                "SELECT COUNT(*) FROM obj_objection WHERE stage = 'DECIDED'"
                    + " AND closed_on >= DATE '2024-01-01' AND closed_on < DATE '2025-01-01'"))
        .contains("OBJ_OBJECTION_CLOSED_IDX");
    assertThat(
            plan(
                "SELECT id FROM obj_objection WHERE received_date >= DATE '2024-01-01'"
                    + " AND received_date <= DATE '2024-02-01'"))
        .contains("OBJ_OBJECTION_RECEIVED_IDX");
  }

  private void migrate(String target) {
    var config =
        Flyway.configure()
            .dataSource(url, "sa", "")
            .locations("classpath:db/migration/common")
            .outOfOrder(true);
    if (target != null) {
      config.target(target);
    }
    config.load().migrate();
  }

  /** The columns of V3_1, as the code before V3_3 wrote them. */
  private void insertVersion1Row(String id, String stateJson) throws SQLException {
    try (PreparedStatement ps =
        connection.prepareStatement(
            "INSERT INTO obj_objection (id, bsn, benefit_type, contested_reference,"
                + " contested_type, contested_date, received_date, channel, stage, timeliness,"
                + " objection_term_end, decision_deadline, notice_of_default, closed_on,"
                + " created_by, created_at, updated_at, version, state_json)"
                + " VALUES (?, '111222333', 'KINDEROPVANGTOESLAG', 'TS-2024-0001',"
                + " 'DEFINITIEVE_TOEKENNING', DATE '2024-01-15', DATE '2024-02-10', 'POST',"
                + " 'DECIDED', 'IN_TIME', DATE '2024-02-26', DATE '2024-06-20', NULL,"
                + " DATE '2024-03-28', 'behandelaar1', ?, ?, 7, ?)")) {
      OffsetDateTime at = OffsetDateTime.parse("2024-03-28T12:00:00+01:00");
      ps.setString(1, id);
      ps.setObject(2, at);
      ps.setObject(3, at);
      ps.setString(4, stateJson);
      ps.executeUpdate();
    }
  }

  /** Index name to its columns in order. */
  private Map<String, List<String>> indexes(String table) throws SQLException {
    Map<String, List<String>> found = new LinkedHashMap<>();
    try (ResultSet rs = connection.getMetaData().getIndexInfo(null, null, table, false, false)) {
      while (rs.next()) {
        if (rs.getString("INDEX_NAME") != null && rs.getString("COLUMN_NAME") != null) {
          found
              .computeIfAbsent(rs.getString("INDEX_NAME"), k -> new ArrayList<>())
              .add(rs.getString("COLUMN_NAME"));
        }
      }
    }
    return found;
  }

  private String plan(String sql) throws SQLException {
    try (Statement s = connection.createStatement();
        ResultSet rs = s.executeQuery("EXPLAIN " + sql)) {
      rs.next();
      return rs.getString(1);
    }
  }
}
