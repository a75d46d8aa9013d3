package nl.toeslagen.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;

/** The user accounts in the database. */
@ApplicationScoped
@Transactional
public class UserDirectory {

  @PersistenceContext(unitName = "web")
  EntityManager em;

  public Optional<UserAccount> find(String userName) {
    return Optional.ofNullable(em.find(UserAccount.class, userName));
  }

  public List<UserAccount> all() {
    return em.createQuery("select u from UserAccount u order by u.userName", UserAccount.class)
        .getResultList();
  }

  public long countDemoAccounts() {
    return em.createQuery("select count(u) from UserAccount u where u.demo = true", Long.class)
        .getSingleResult();
  }

  public void add(UserAccount account) {
    em.persist(account);
  }
}
