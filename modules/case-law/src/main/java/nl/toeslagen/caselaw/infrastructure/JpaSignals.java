package nl.toeslagen.caselaw.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.toeslagen.caselaw.domain.Signal;
import nl.toeslagen.caselaw.domain.SignalCaseType;
import nl.toeslagen.caselaw.domain.SignalEscalationId;
import nl.toeslagen.caselaw.domain.SignalId;
import nl.toeslagen.caselaw.domain.SignalSource;
import nl.toeslagen.caselaw.domain.Signals;

/** The signals in {@code cl_signal} (persistence unit {@code case-law}). */
@ApplicationScoped
public class JpaSignals implements Signals {

  @PersistenceContext(unitName = "case-law")
  EntityManager em;

  @Override
  public Optional<Signal> find(SignalId id) {
    return Optional.ofNullable(em.find(SignalEntryEntity.class, id.value()))
        .map(SignalEntryEntity::toDomain);
  }

  @Override
  public void save(Signal s) {
    SignalEntryEntity existing = em.find(SignalEntryEntity.class, s.id().value());
    if (existing == null) {
      em.persist(SignalEntryEntity.of(s));
    } else {
      existing.apply(s);
    }
    em.flush();
  }

  @Override
  public long countUnescalated(String category, LocalDate from, LocalDate to) {
    return em.createQuery(
            "select count(s) from SignalEntryEntity s where s.category = :c"
                + " and s.date >= :from and s.date <= :to and s.escalationId is null",
            Long.class)
        .setParameter("c", category)
        .setParameter("from", from)
        .setParameter("to", to)
        .getSingleResult();
  }

  @Override
  public int joinUnescalated(
      String category, LocalDate from, LocalDate to, SignalEscalationId escalation) {
    em.flush();
    // one statement; the row version is left alone: a signal is never changed otherwise
    return em.createQuery(
            "update SignalEntryEntity s set s.escalationId = :e where s.category = :c"
                + " and s.date >= :from and s.date <= :to and s.escalationId is null")
        .setParameter("e", escalation.value())
        .setParameter("c", category)
        .setParameter("from", from)
        .setParameter("to", to)
        .executeUpdate();
  }

  @Override
  public int joinOne(SignalId signal, SignalEscalationId escalation) {
    em.flush();
    return em.createQuery(
            "update SignalEntryEntity s set s.escalationId = :e where s.id = :id"
                + " and s.escalationId is null")
        .setParameter("e", escalation.value())
        .setParameter("id", signal.value())
        .executeUpdate();
  }

  @Override
  public boolean exists(SignalSource source, String caseId, String category) {
    return !em.createQuery(
            "select s.id from SignalEntryEntity s where s.caseId = :id and s.source = :src"
                + " and s.category = :c",
            String.class)
        .setParameter("id", caseId)
        .setParameter("src", source.name())
        .setParameter("c", category)
        .setMaxResults(1)
        .getResultList()
        .isEmpty();
  }

  @Override
  public List<Signal> list(Filter filter, int offset, int limit) {
    TypedQuery<SignalEntryEntity> q =
        bind(
            em.createQuery(
                "select s from SignalEntryEntity s"
                    + where(filter)
                    + " order by s.date desc, s.registeredAt desc, s.id",
                SignalEntryEntity.class),
            filter);
    return q.setFirstResult(offset).setMaxResults(limit).getResultList().stream()
        .map(SignalEntryEntity::toDomain)
        .toList();
  }

  @Override
  public long count(Filter filter) {
    return bind(
            em.createQuery("select count(s) from SignalEntryEntity s" + where(filter), Long.class),
            filter)
        .getSingleResult();
  }

  private static String where(Filter f) {
    List<String> parts = new ArrayList<>();
    if (f.source() != null) {
      parts.add("s.source = :source");
    }
    if (f.category() != null) {
      parts.add("s.category = :category");
    }
    if (f.from() != null) {
      parts.add("s.date >= :from");
    }
    if (f.to() != null) {
      parts.add("s.date <= :to");
    }
    if (f.caseId() != null) {
      parts.add("s.caseId = :caseId");
    }
    return parts.isEmpty() ? "" : " where " + String.join(" and ", parts);
  }

  private static <T> TypedQuery<T> bind(TypedQuery<T> q, Filter f) {
    if (f.source() != null) {
      q.setParameter("source", f.source().name());
    }
    if (f.category() != null) {
      q.setParameter("category", f.category());
    }
    if (f.from() != null) {
      q.setParameter("from", f.from());
    }
    if (f.to() != null) {
      q.setParameter("to", f.to());
    }
    if (f.caseId() != null) {
      q.setParameter("caseId", f.caseId());
    }
    return q;
  }

  @Override
  public List<Signal> ofEscalation(SignalEscalationId escalation, int limit) {
    return em
        .createQuery(
            "select s from SignalEntryEntity s where s.escalationId = :e"
                + " order by s.date desc, s.registeredAt desc",
            SignalEntryEntity.class)
        .setParameter("e", escalation.value())
        .setMaxResults(limit)
        .getResultList()
        .stream()
        .map(SignalEntryEntity::toDomain)
        .toList();
  }

  @Override
  public List<CaseCount> casesOf(SignalEscalationId escalation, int limit) {
    List<Object[]> rows =
        em.createQuery(
                "select s.caseType, s.caseId, max(s.caseNumber), count(s) from SignalEntryEntity s"
                    + " where s.escalationId = :e and s.caseId is not null"
                    + " group by s.caseType, s.caseId order by count(s) desc, s.caseId",
                Object[].class)
            .setParameter("e", escalation.value())
            .setMaxResults(limit)
            .getResultList();
    List<CaseCount> cases = new ArrayList<>(rows.size());
    for (Object[] row : rows) {
      cases.add(
          new CaseCount(
              row[0] == null ? null : SignalCaseType.valueOf((String) row[0]),
              (String) row[1],
              (String) row[2],
              ((Number) row[3]).longValue()));
    }
    return cases;
  }

  @Override
  public List<MonthCount> monthCounts(LocalDate from, LocalDate to) {
    List<Object[]> rows =
        em.createQuery(
                "select s.category, s.year, s.month, count(s) from SignalEntryEntity s"
                    + " where s.date >= :from and s.date <= :to"
                    + " group by s.category, s.year, s.month",
                Object[].class)
            .setParameter("from", from)
            .setParameter("to", to)
            .getResultList();
    Map<String, MonthCount> counts = new LinkedHashMap<>();
    for (Object[] row : rows) {
      MonthCount c =
          new MonthCount(
              (String) row[0],
              ((Number) row[1]).intValue(),
              ((Number) row[2]).intValue(),
              ((Number) row[3]).longValue());
      counts.put(c.category() + "/" + c.year() + "/" + c.month(), c);
    }
    return List.copyOf(counts.values());
  }
}
