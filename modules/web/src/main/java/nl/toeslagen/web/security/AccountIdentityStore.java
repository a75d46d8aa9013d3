package nl.toeslagen.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.util.Optional;
import java.util.stream.Collectors;
import nl.toeslagen.kernel.Role;

/**
 * Checks a user name and password against the PBKDF2 hash in the user table; the caller's groups
 * are their roles.
 */
@ApplicationScoped
public class AccountIdentityStore implements IdentityStore {

  @Inject UserDirectory users;

  @Inject Pbkdf2PasswordHash hash;

  @Override
  public CredentialValidationResult validate(Credential credential) {
    if (!(credential instanceof UsernamePasswordCredential login)) {
      return CredentialValidationResult.NOT_VALIDATED_RESULT;
    }
    Optional<UserAccount> account = users.find(login.getCaller());
    if (account.isEmpty()
        || !account.get().enabled()
        || !hash.verify(login.getPassword().getValue(), account.get().passwordHash())) {
      return CredentialValidationResult.INVALID_RESULT;
    }
    return new CredentialValidationResult(
        account.get().userName(),
        account.get().roles().stream().map(Role::name).collect(Collectors.toSet()));
  }
}
