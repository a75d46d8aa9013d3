package nl.toeslagen.usecase.api;

import java.util.Objects;
import java.util.function.Function;
import nl.toeslagen.kernel.Repository;

/**
 * One aggregate type as the {@link UnitOfWork} handles it: the object type its audit entries are
 * filed under (e.g. {@code OBJECTION}), its repository, and how to read an aggregate's id.
 *
 * @param objectType the audited object type
 * @param repository where the aggregates are loaded and saved
 * @param idOf the id of an aggregate
 * @param <I> the typed id; its {@code toString()} is the case id the audit trail and the process
 *     (business key) use
 * @param <A> the aggregate
 */
public record CaseKind<I, A>(String objectType, Repository<I, A> repository, Function<A, I> idOf) {

  public CaseKind {
    Objects.requireNonNull(objectType, "objectType");
    Objects.requireNonNull(repository, "repository");
    Objects.requireNonNull(idOf, "idOf");
  }
}
