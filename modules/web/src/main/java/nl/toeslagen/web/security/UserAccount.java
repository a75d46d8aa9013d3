package nl.toeslagen.web.security;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import nl.toeslagen.kernel.Role;

/** A person who can log in, with the roles they hold. */
@Entity
@Table(name = "web_user_account")
public class UserAccount {

  @Id
  @Column(name = "user_name")
  private String userName;

  @Column(name = "display_name")
  private String displayName;

  @Column(name = "password_hash")
  private String passwordHash;

  @Column(name = "roles")
  private String roles;

  @Column(name = "team")
  private String team;

  @Column(name = "demo")
  private boolean demo;

  @Column(name = "enabled")
  private boolean enabled;

  @Column(name = "created_at")
  private OffsetDateTime createdAt;

  protected UserAccount() {}

  public UserAccount(
      String userName,
      String displayName,
      String passwordHash,
      Set<Role> roles,
      String team,
      boolean demo,
      OffsetDateTime createdAt) {
    this.userName = userName;
    this.displayName = displayName;
    this.passwordHash = passwordHash;
    this.roles = roles.stream().map(Role::name).sorted().collect(Collectors.joining(","));
    this.team = team;
    this.demo = demo;
    this.enabled = true;
    this.createdAt = createdAt;
  }

  public String userName() {
    return userName;
  }

  public String displayName() {
    return displayName;
  }

  public String passwordHash() {
    return passwordHash;
  }

  public Set<Role> roles() {
    Set<Role> result = EnumSet.noneOf(Role.class);
    Arrays.stream(roles.split(","))
        .map(String::trim)
        .filter(s -> !s.isEmpty())
        .forEach(s -> result.add(Role.valueOf(s)));
    return result;
  }

  public String team() {
    return team;
  }

  public boolean demo() {
    return demo;
  }

  public boolean enabled() {
    return enabled;
  }
}
