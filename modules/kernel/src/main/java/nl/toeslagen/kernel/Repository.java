package nl.toeslagen.kernel;

import java.util.Optional;

/**
 * The collection-like store of one aggregate type, as the domain sees it. Each context's repository
 * port extends it; the shared unit of work loads and saves through it.
 *
 * @param <I> the aggregate's typed id
 * @param <A> the aggregate
 */
public interface Repository<I, A> {

  Optional<A> find(I id);

  /** Inserts or updates the aggregate (in the caller's transaction). */
  void save(A aggregate);
}
