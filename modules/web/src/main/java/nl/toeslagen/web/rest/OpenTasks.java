package nl.toeslagen.web.rest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import nl.toeslagen.kernel.LegalCalendar;
import nl.toeslagen.kernel.TaskEligibility;
import nl.toeslagen.web.rest.TaskResource.CodeCount;
import nl.toeslagen.web.rest.TaskResource.TaskCounts;
import nl.toeslagen.web.rest.TaskResource.TaskRow;
import nl.toeslagen.workflow.api.CaseFactsChanged;
import nl.toeslagen.workflow.api.TaskChanged;
import nl.toeslagen.workflow.api.TaskPort;
import nl.toeslagen.workflow.api.TaskQuery;
import nl.toeslagen.workflow.api.TaskView;

/**
 * The task list's read model (table {@code web_open_task}, ADR 0022): one row per open user task
 * with what the list shows, filters and sorts on, kept by {@link TaskChanged} and {@link
 * CaseFactsChanged} in the transaction of the change, and the queries of {@code GET /api/tasks}:
 * scope, filters, order and page in the database, counts by {@code GROUP BY}.
 */
@ApplicationScoped
public class OpenTasks {

  private static final String COLUMNS =
      "id, name, stage, process_key, workflow, case_id, case_number, case_number_key, case_label,"
          + " citizen, citizen_bsn_hash, benefit_type, deadline, created_at, assignee,"
          + " candidate_groups, excluded_users";

  /** The order of each sort key; ties by deadline, then created, then id (as before). */
  private static final Map<String, String> ORDER =
      Map.of(
          "deadline", "deadline",
          "daysLeft", "deadline",
          "caseLabel", "LOWER(case_label)",
          "caseNumber", "case_number_key",
          "citizen", "LOWER(citizen)",
          "benefitType", "LOWER(benefit_type)",
          "stage", "LOWER(stage)",
          "assignee", "LOWER(assignee)",
          "created", "created_at");

  @PersistenceContext(unitName = "web")
  EntityManager em;

  @Inject Clock clock;
  @Inject LegalCalendar calendar;
  @Inject TaskPort tasks;
  @Inject @Any Instance<TaskEligibility> eligibilities;

  // ---- keeping it

  @Transactional
  void onTaskChanged(@Observes TaskChanged change) {
    TaskView t = change.task();
    if (change.kind() == TaskChanged.Kind.ENDED) {
      em.createNativeQuery("DELETE FROM web_open_task WHERE id = ?1")
          .setParameter(1, t.id())
          .executeUpdate();
    } else {
      store(t);
    }
  }

  /** A message may have moved the case's deadline: its open tasks are written again. */
  @Transactional
  void onCaseFactsChanged(@Observes CaseFactsChanged change) {
    for (TaskView t : tasks.tasks(TaskQuery.forCase(change.businessKey()))) {
      store(t);
    }
  }

  /** Writes every open task again from the engine (at start, when the table does not match). */
  @Transactional
  public int rebuild() {
    em.createNativeQuery("DELETE FROM web_open_task").executeUpdate();
    int n = 0;
    for (TaskView t : tasks.tasks(TaskQuery.everything())) {
      store(t);
      n++;
    }
    return n;
  }

  /** How many rows the table holds. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public long size() {
    return ((Number) em.createNativeQuery("SELECT COUNT(*) FROM web_open_task").getSingleResult())
        .longValue();
  }

  private void store(TaskView t) {
    TaskListing.Entry entry = TaskListing.entry(t, today(), calendar);
    TaskRow r = entry.row();
    String hash = entry.citizenBsnHash();
    em.createNativeQuery("DELETE FROM web_open_task WHERE id = ?1")
        .setParameter(1, t.id())
        .executeUpdate();
    em.createNativeQuery(
            "INSERT INTO web_open_task ("
                + COLUMNS
                // typed: PostgreSQL refuses a null bound as text for a DATE or TIMESTAMP column
                + ") VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, CAST(?13 AS DATE),"
                + " CAST(?14 AS TIMESTAMP WITH TIME ZONE), ?15, ?16, ?17)")
        .setParameter(1, r.id())
        .setParameter(2, clip(r.name(), 200))
        .setParameter(3, clip(r.stage() == null ? "" : r.stage(), 100))
        .setParameter(4, r.process())
        .setParameter(5, r.workflow())
        .setParameter(6, r.caseId())
        .setParameter(7, clip(r.caseNumber(), 40))
        .setParameter(8, clip(TaskListing.caseNumberKey(r.caseNumber()), 40))
        .setParameter(9, clip(r.caseLabel(), 400))
        .setParameter(10, clip(r.citizen(), 20))
        .setParameter(11, clip(hash, 100))
        .setParameter(12, clip(r.benefitType(), 40))
        .setParameter(13, r.deadline() == null ? null : java.sql.Date.valueOf(r.deadline()))
        .setParameter(14, r.created() == null ? null : Timestamp.from(r.created()))
        .setParameter(15, r.assignee())
        .setParameter(16, clip(list(r.candidateGroups()), 400))
        .setParameter(17, clip(list(excludedUsers(t)), 2000))
        .executeUpdate();
  }

  private Set<String> excludedUsers(TaskView t) {
    if (t.processKey() == null || t.businessKey() == null) {
      return Set.of();
    }
    Set<String> excluded = new TreeSet<>();
    for (TaskEligibility e : eligibilities) {
      if (e.processKeys().contains(t.processKey())) {
        excluded.addAll(e.excludedUsers(t.businessKey(), t.taskDefinitionKey()));
      }
    }
    return excluded;
  }

  /** {@code ,a,b,} so that {@code LIKE '%,a,%'} finds one; {@code ,} for none. */
  private static String list(Collection<String> values) {
    return "," + String.join(",", values) + (values.isEmpty() ? "" : ",");
  }

  private static String clip(String s, int max) {
    return s == null || s.length() <= max ? s : s.substring(0, max);
  }

  private LocalDate today() {
    return LocalDate.now(clock.withZone(TaskListing.AMSTERDAM));
  }

  // ---- reading it

  /**
   * Which rows: the scope ({@code mine}: assigned to the user; {@code team}: unassigned, offered to
   * one of the user's roles, not refused to the user by the case's rules; {@code all}) and the
   * filters. Texts are matched case-insensitively; {@code bsnHash} selects a citizen's cases in the
   * processes not in {@code bsnRefusedProcesses}.
   */
  public record Selection(
      String scope,
      String user,
      Collection<String> roles,
      String benefitType,
      String stage,
      boolean overdue,
      LocalDate deadlineUntil,
      String text,
      String bsnHash,
      Collection<String> bsnRefusedProcesses) {}

  /** One page of rows in this order, with the total and the counts of the scope. */
  public record Page(List<TaskRow> rows, long total, TaskCounts counts) {}

  @Transactional(Transactional.TxType.SUPPORTS)
  public Page page(Selection s, String sort, boolean desc, int page, int size) {
    LocalDate today = today();
    Sql scope = scope(s);
    Sql where = scope.copy();
    if (s.benefitType() != null) {
      where.and("benefit_type = ?", s.benefitType());
    }
    if (s.stage() != null) {
      where.and("stage = ?", s.stage());
    }
    if (s.overdue()) {
      where.and("deadline < ?", java.sql.Date.valueOf(today));
    }
    if (s.deadlineUntil() != null) {
      where.and("deadline <= ?", java.sql.Date.valueOf(s.deadlineUntil()));
    }
    if (s.text() != null) {
      String like = "%" + escape(s.text().toLowerCase(Locale.ROOT)) + "%";
      String exact = s.text().toLowerCase(Locale.ROOT);
      StringBuilder match =
          new StringBuilder(
              "(LOWER(case_number) LIKE ? ESCAPE '\\' OR LOWER(case_label) LIKE ? ESCAPE '\\'"
                  + " OR LOWER(citizen) LIKE ? ESCAPE '\\' OR LOWER(case_id) = ? OR LOWER(id) = ?");
      List<Object> values = new ArrayList<>(List.of(like, like, like, exact, exact));
      if (s.bsnHash() != null) {
        match.append(" OR (citizen_bsn_hash = ?");
        values.add(s.bsnHash());
        if (!s.bsnRefusedProcesses().isEmpty()) {
          match.append(" AND (process_key IS NULL OR process_key NOT IN (");
          match.append(String.join(", ", s.bsnRefusedProcesses().stream().map(p -> "?").toList()));
          match.append("))");
          values.addAll(s.bsnRefusedProcesses());
        }
        match.append(")");
      }
      match.append(")");
      where.and(match.toString(), values.toArray());
    }
    String direction = desc ? " DESC" : " ASC";
    String order =
        ORDER.getOrDefault(sort, "deadline")
            + direction
            + " NULLS LAST, deadline ASC NULLS LAST, created_at ASC NULLS LAST, id ASC";
    // one scan of the scope gives every count the list shows; the filtered total too, unless a
    // filter the groups do not carry (text, deadline bound) needs a count of its own
    List<Group> groups = groups(scope, today);
    long total =
        s.text() == null && s.deadlineUntil() == null
            ? groups.stream()
                .filter(g -> s.benefitType() == null || s.benefitType().equals(g.benefitType()))
                .filter(g -> s.stage() == null || s.stage().equals(g.stage()))
                .mapToLong(g -> s.overdue() ? g.late() : g.count())
                .sum()
            : ((Number) where.query(em, "SELECT COUNT(*) FROM web_open_task").getSingleResult())
                .longValue();
    // LIMIT and OFFSET in the statement, not setMaxResults: for a native query EclipseLink only
    // stops reading after the page, and PostgreSQL then plans for every matching row (a sort of
    // all of them) instead of reading the deadline index until the page is full
    @SuppressWarnings("unchecked")
    List<Object[]> found =
        where
            .query(
                em,
                "SELECT " + COLUMNS + " FROM web_open_task",
                " ORDER BY " + order + " LIMIT " + size + " OFFSET " + ((long) page * size))
            .getResultList();
    List<TaskRow> rows = new ArrayList<>(found.size());
    for (Object[] row : found) {
      rows.add(row(row, today));
    }
    return new Page(rows, total, counts(groups));
  }

  /** How many rows of the scope have this benefit type and stage, and how many of them are late. */
  private record Group(String benefitType, String stage, long count, long late) {}

  private List<Group> groups(Sql scope, LocalDate today) {
    // the date is ours, not the client's: a literal keeps the scope's parameters numbered
    @SuppressWarnings("unchecked")
    List<Object[]> found =
        scope
            .query(
                em,
                "SELECT benefit_type, stage, COUNT(*), SUM(CASE WHEN deadline < DATE '"
                    + today
                    + "' THEN 1 ELSE 0 END) FROM web_open_task",
                " GROUP BY benefit_type, stage")
            .getResultList();
    List<Group> groups = new ArrayList<>(found.size());
    for (Object[] row : found) {
      groups.add(
          new Group(
              (String) row[0],
              (String) row[1],
              ((Number) row[2]).longValue(),
              row[3] == null ? 0 : ((Number) row[3]).longValue()));
    }
    return groups;
  }

  /** Per benefit type and per stage (by code), overdue and all: the scope before filters. */
  private static TaskCounts counts(List<Group> groups) {
    Map<String, Long> benefitTypes = new TreeMap<>();
    Map<String, Long> stages = new TreeMap<>();
    long all = 0;
    long late = 0;
    for (Group g : groups) {
      if (g.benefitType() != null && !g.benefitType().isEmpty()) {
        benefitTypes.merge(g.benefitType(), g.count(), Long::sum);
      }
      if (g.stage() != null && !g.stage().isEmpty()) {
        stages.merge(g.stage(), g.count(), Long::sum);
      }
      all += g.count();
      late += g.late();
    }
    return new TaskCounts(codeCounts(benefitTypes), codeCounts(stages), late, all);
  }

  private static List<CodeCount> codeCounts(Map<String, Long> counts) {
    List<CodeCount> list = new ArrayList<>(counts.size());
    counts.forEach((code, n) -> list.add(new CodeCount(code, n)));
    return list;
  }

  private static Sql scope(Selection s) {
    Sql sql = new Sql();
    switch (s.scope()) {
      case "mine" -> sql.and("assignee = ?", s.user());
      case "team" -> {
        sql.and("assignee IS NULL");
        if (s.roles().isEmpty()) {
          sql.and("1 = 0");
        } else {
          List<Object> values = new ArrayList<>();
          List<String> alternatives = new ArrayList<>();
          for (String role : s.roles()) {
            alternatives.add("candidate_groups LIKE ?");
            values.add("%," + role + ",%");
          }
          sql.and("(" + String.join(" OR ", alternatives) + ")", values.toArray());
        }
        sql.and("excluded_users NOT LIKE ? ESCAPE '\\'", "%," + escape(s.user()) + ",%");
      }
      default -> {
        // all: every open task
      }
    }
    return sql;
  }

  private TaskRow row(Object[] c, LocalDate today) {
    LocalDate deadline = localDate(c[12]);
    return new TaskRow(
        (String) c[0],
        (String) c[1],
        (String) c[2],
        (String) c[3],
        (String) c[4],
        (String) c[5],
        (String) c[6],
        (String) c[8],
        (String) c[9],
        (String) c[11],
        deadline,
        deadline == null ? null : calendar.workingDaysBetween(today, deadline),
        deadline != null && today.isAfter(deadline),
        instant(c[13]),
        (String) c[14],
        groups((String) c[15]));
  }

  private static List<String> groups(String list) {
    if (list == null || list.length() <= 2) {
      return List.of();
    }
    return List.of(list.substring(1, list.length() - 1).split(","));
  }

  private static LocalDate localDate(Object v) {
    if (v == null) {
      return null;
    }
    if (v instanceof java.sql.Date d) {
      return d.toLocalDate();
    }
    if (v instanceof LocalDate d) {
      return d;
    }
    return LocalDate.parse(v.toString().substring(0, 10));
  }

  private static Instant instant(Object v) {
    if (v == null) {
      return null;
    }
    if (v instanceof Timestamp t) {
      return t.toInstant();
    }
    if (v instanceof OffsetDateTime o) {
      return o.toInstant();
    }
    if (v instanceof java.time.LocalDateTime l) {
      return l.toInstant(ZoneOffset.UTC);
    }
    if (v instanceof Instant i) {
      return i;
    }
    return OffsetDateTime.parse(v.toString()).toInstant();
  }

  /** {@code %}, {@code _} and {@code \} as themselves in a LIKE pattern with ESCAPE '\'. */
  private static String escape(String s) {
    return s.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
  }

  /** A WHERE clause with its positional values, built in order. */
  private static final class Sql {
    private final List<String> conditions = new ArrayList<>();
    private final List<Object> values = new ArrayList<>();

    void and(String condition, Object... parameters) {
      conditions.add(condition);
      values.addAll(List.of(parameters));
    }

    Sql copy() {
      Sql c = new Sql();
      c.conditions.addAll(conditions);
      c.values.addAll(values);
      return c;
    }

    Query query(EntityManager em, String select) {
      return query(em, select, "");
    }

    Query query(EntityManager em, String select, String tail) {
      StringBuilder sql = new StringBuilder(select);
      int n = 0;
      for (int i = 0; i < conditions.size(); i++) {
        sql.append(i == 0 ? " WHERE " : " AND ");
        String condition = conditions.get(i);
        StringBuilder numbered = new StringBuilder();
        for (char ch : condition.toCharArray()) {
          numbered.append(ch == '?' ? "?" + (++n) : String.valueOf(ch));
        }
        sql.append(numbered);
      }
      sql.append(tail);
      Query q = em.createNativeQuery(sql.toString());
      for (int i = 0; i < values.size(); i++) {
        q.setParameter(i + 1, values.get(i));
      }
      return q;
    }
  }
}
