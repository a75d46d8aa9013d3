package nl.toeslagen.objections.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import nl.toeslagen.kernel.CaseNumber;
import nl.toeslagen.objections.domain.Objection;
import nl.toeslagen.objections.domain.ObjectionId;
import nl.toeslagen.objections.domain.ObjectionRepository;
import nl.toeslagen.objections.domain.Stage;

/** JPA storage of objections in persistence unit {@code objections}. */
@ApplicationScoped
public class JpaObjectionRepository implements ObjectionRepository {

  @PersistenceContext(unitName = "objections")
  EntityManager em;

  @Inject Clock clock;

  @Override
  public Optional<Objection> find(ObjectionId id) {
    ObjectionEntity e = id == null ? null : em.find(ObjectionEntity.class, id.value());
    return Optional.ofNullable(e).map(JpaObjectionRepository::toDomain);
  }

  @Override
  public CaseNumber nextCaseNumber(int year) {
    // portable: H2 2.x and PostgreSQL both know nextval('name'); a sequence takes no row lock
    Number next =
        (Number) em.createNativeQuery("SELECT nextval('obj_case_number_seq')").getSingleResult();
    return new CaseNumber(CASE_NUMBER_PREFIX, year, next.longValue());
  }

  @Override
  public Optional<Objection> findByCaseNumber(CaseNumber number) {
    return em
        .createQuery(
            "SELECT o FROM ObjectionEntity o WHERE o.caseNumber = :number", ObjectionEntity.class)
        .setParameter("number", number.toString())
        .getResultList()
        .stream()
        .findFirst()
        .map(JpaObjectionRepository::toDomain);
  }

  /**
   * The case from its row. Documents written before case numbers existed carry none; the number the
   * migration gave the row (V3_6) fills it in.
   */
  static Objection toDomain(ObjectionEntity row) {
    Objection.Memento m = ObjectionJson.read(row.stateJson);
    return Objection.restore(
        m.caseNumber() != null
            ? m
            : m.withCaseNumber(CaseNumber.parse("caseNumber", row.caseNumber)));
  }

  @Override
  public void save(Objection objection) {
    OffsetDateTime now = OffsetDateTime.now(clock);
    ObjectionEntity e = em.find(ObjectionEntity.class, objection.id().value());
    boolean fresh = e == null;
    if (fresh) {
      e = new ObjectionEntity();
      e.id = objection.id().value();
      e.createdAt = now;
      e.createdBy = objection.createdBy() == null ? "systeem" : objection.createdBy();
      e.caseNumber = objection.caseNumber().toString();
    }
    e.bsn = objection.intake().bsn().value();
    e.benefitType = objection.intake().benefitType().name();
    e.contestedReference = objection.intake().contestedDecision().reference();
    e.contestedType = objection.intake().contestedDecision().type().name();
    e.contestedDate = objection.intake().contestedDecision().date();
    e.receivedDate = objection.intake().receivedDate();
    e.channel = objection.intake().channel().name();
    e.stage = objection.stage().name();
    e.timeliness = objection.timeliness().name();
    e.objectionTermEnd = objection.objectionTermEnd();
    e.decisionDeadline = objection.term().deadline();
    e.noticeOfDefault = objection.noticeOfDefaultOn();
    e.closedOn = objection.closedOn();
    e.updatedAt = now;
    e.stateJson = ObjectionJson.write(objection.memento());
    e.stateVersion = ObjectionJson.SCHEMA_VERSION;
    if (fresh) {
      em.persist(e);
    }
    em.flush();
  }

  @Override
  public List<Objection> search(
      String bsn, LocalDate receivedFrom, LocalDate receivedTo, int limit) {
    StringBuilder jpql = new StringBuilder("SELECT o FROM ObjectionEntity o WHERE 1 = 1");
    if (bsn != null) {
      jpql.append(" AND o.bsn = :bsn");
    }
    if (receivedFrom != null) {
      jpql.append(" AND o.receivedDate >= :from");
    }
    if (receivedTo != null) {
      jpql.append(" AND o.receivedDate <= :to");
    }
    jpql.append(" ORDER BY o.decisionDeadline, o.id");
    TypedQuery<ObjectionEntity> q = em.createQuery(jpql.toString(), ObjectionEntity.class);
    if (bsn != null) {
      q.setParameter("bsn", bsn);
    }
    if (receivedFrom != null) {
      q.setParameter("from", receivedFrom);
    }
    if (receivedTo != null) {
      q.setParameter("to", receivedTo);
    }
    return q.setMaxResults(limit).getResultList().stream()
        .map(JpaObjectionRepository::toDomain)
        .toList();
  }

  @Override
  public List<Objection> open(int limit) {
    return em
        .createQuery(
            "SELECT o FROM ObjectionEntity o WHERE o.stage NOT IN :closed"
                + " ORDER BY o.decisionDeadline, o.id",
            ObjectionEntity.class)
        .setParameter("closed", List.of(Stage.DECIDED.name(), Stage.WITHDRAWN.name()))
        .setMaxResults(limit)
        .getResultList()
        .stream()
        .map(JpaObjectionRepository::toDomain)
        .toList();
  }

  @Override
  public List<Objection> open(int page, int size) {
    return em
        .createQuery(
            "SELECT o FROM ObjectionEntity o WHERE o.stage NOT IN :closed"
                + " ORDER BY o.decisionDeadline, o.id",
            ObjectionEntity.class)
        .setParameter("closed", CLOSED)
        .setFirstResult(page * size)
        .setMaxResults(size)
        .getResultList()
        .stream()
        .map(JpaObjectionRepository::toDomain)
        .toList();
  }

  @Override
  public OpenCounts openCounts(LocalDate today, LocalDate dueSoonUntil) {
    Object[] row =
        em.createQuery(
                "SELECT COUNT(o),"
                    + " SUM(CASE WHEN o.decisionDeadline < :today THEN 1 ELSE 0 END),"
                    + " SUM(CASE WHEN o.decisionDeadline >= :today"
                    + " AND o.decisionDeadline <= :soon THEN 1 ELSE 0 END),"
                    + " SUM(CASE WHEN o.noticeOfDefault IS NOT NULL THEN 1 ELSE 0 END)"
                    + " FROM ObjectionEntity o WHERE o.stage NOT IN :closed",
                Object[].class)
            .setParameter("closed", CLOSED)
            .setParameter("today", today)
            .setParameter("soon", dueSoonUntil)
            .getSingleResult();
    return new OpenCounts(number(row[0]), number(row[1]), number(row[2]), number(row[3]));
  }

  @Override
  public List<Objection> openInDefault() {
    return em
        .createQuery(
            "SELECT o FROM ObjectionEntity o WHERE o.stage NOT IN :closed"
                + " AND o.noticeOfDefault IS NOT NULL ORDER BY o.decisionDeadline, o.id",
            ObjectionEntity.class)
        .setParameter("closed", CLOSED)
        .getResultList()
        .stream()
        .map(JpaObjectionRepository::toDomain)
        .toList();
  }

  private static final List<String> CLOSED = List.of(Stage.DECIDED.name(), Stage.WITHDRAWN.name());

  private static long number(Object value) {
    return value == null ? 0 : ((Number) value).longValue();
  }

  @Override
  public List<Objection> overdue(LocalDate today, int page, int size) {
    return em
        .createQuery(
            "SELECT o FROM ObjectionEntity o WHERE o.stage NOT IN :closed AND o.decisionDeadline < :today"
                + " ORDER BY o.decisionDeadline, o.id",
            ObjectionEntity.class)
        .setParameter("closed", CLOSED)
        .setParameter("today", today)
        .setFirstResult(page * size)
        .setMaxResults(size)
        .getResultList()
        .stream()
        .map(JpaObjectionRepository::toDomain)
        .toList();
  }

  @Override
  public nl.toeslagen.objections.domain.TermPerformance termPerformance(
      LocalDate from, LocalDate to) {
    Object[] row =
        em.createQuery(
                "SELECT COUNT(o), SUM(CASE WHEN o.closedOn <= o.decisionDeadline THEN 1 ELSE 0 END)"
                    + " FROM ObjectionEntity o WHERE o.stage = :decided"
                    + " AND o.closedOn >= :from AND o.closedOn < :to",
                Object[].class)
            .setParameter("decided", Stage.DECIDED.name())
            .setParameter("from", from)
            .setParameter("to", to)
            .getSingleResult();
    long decided = row[0] == null ? 0 : ((Number) row[0]).longValue();
    long inTime = row[1] == null ? 0 : ((Number) row[1]).longValue();
    return new nl.toeslagen.objections.domain.TermPerformance(decided, inTime);
  }
}
