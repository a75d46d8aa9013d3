package nl.toeslagen.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import nl.toeslagen.audit.api.AuditCorrelation;
import nl.toeslagen.kernel.Role;
import nl.toeslagen.web.web.ProblemDetails;
import nl.toeslagen.web.web.RequestCorrelation;
import nl.toeslagen.web.web.SecurityHeaders;

/**
 * One mechanism for both kinds of client: API clients send HTTP Basic credentials with each request
 * and get no session; people log in once through the Dutch login page (a form posted to {@code
 * /login}) and keep a session, which holds only their user name (roles are read afresh on every
 * request, so a disabled account is out at once). An unauthenticated request for a protected page
 * is sent to the login page; one for the API gets a 401 problem+json.
 *
 * <p>Failed logins are throttled per account name ({@link LoginThrottle}): a locked name answers
 * 429 with {@code Retry-After} without its password being checked. A login form posted from another
 * site is refused. With a session, an {@code Authorization} header must name the session's user
 * with a valid password. Every refusal is audited.
 */
@ApplicationScoped
public class ToeslagenAuthenticationMechanism implements HttpAuthenticationMechanism {

  static final String LOGIN_PATH = "/login";
  static final String LOGIN_PAGE = "/login.html";

  /** The session attribute holding the logged-in user's name. */
  static final String SESSION_USER = ToeslagenAuthenticationMechanism.class.getName() + ".user";

  private static final Logger LOG =
      Logger.getLogger(ToeslagenAuthenticationMechanism.class.getName());

  @Inject IdentityStoreHandler identityStores;

  @Inject LoginAudit loginAudit;

  @Inject LoginThrottle throttle;

  @Inject UserDirectory users;

  @Override
  public AuthenticationStatus validateRequest(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
    // The filters have not run yet: entries written here carry this request's id, and no other.
    AuditCorrelation.set(RequestCorrelation.of(request));
    try {
      return validate(request, response, context);
    } finally {
      AuditCorrelation.clear();
    }
  }

  private AuthenticationStatus validate(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    HttpSession session = request.getSession(false);
    String sessionUser = session == null ? null : (String) session.getAttribute(SESSION_USER);
    String authorization = request.getHeader("Authorization");
    if (authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
      return basic(authorization, sessionUser, response, context);
    }
    if (LOGIN_PATH.equals(path) && "POST".equals(request.getMethod())) {
      return form(request, response, context);
    }
    if (sessionUser != null) {
      Optional<UserAccount> account = users.find(sessionUser).filter(UserAccount::enabled);
      if (account.isPresent()) {
        return context.notifyContainerAboutLogin(sessionUser, groups(account.get().roles()));
      }
      session.invalidate();
    }
    if (!context.isProtected()) {
      return context.doNothing();
    }
    if (path.startsWith("/api/") || path.equals("/api")) {
      return unauthorized(response, "missing");
    }
    return context.redirect(request.getContextPath() + LOGIN_PAGE);
  }

  private AuthenticationStatus basic(
      String authorization,
      String sessionUser,
      HttpServletResponse response,
      HttpMessageContext context) {
    UsernamePasswordCredential credential = decodeBasic(authorization.substring(6).trim());
    if (credential == null) {
      return unauthorized(response, "malformed");
    }
    String user = credential.getCaller();
    Duration locked = lockedFor(user);
    if (locked.compareTo(Duration.ZERO) > 0) {
      loginAudit.throttled(user, "HTTP Basic", locked);
      return tooManyAttempts(response, locked);
    }
    CredentialValidationResult result = identityStores.validate(credential);
    if (result.getStatus() != CredentialValidationResult.Status.VALID) {
      loginAudit.failed(user, "HTTP Basic");
      countFailure(user);
      return unauthorized(response, "invalid");
    }
    String name = result.getCallerPrincipal().getName();
    if (sessionUser != null && !sessionUser.equals(name)) {
      loginAudit.conflicting(sessionUser, name);
      return unauthorized(response, "conflict");
    }
    reset(name);
    // no session: an API client sends its credentials with every request
    return context.notifyContainerAboutLogin(name, result.getCallerGroups());
  }

  /**
   * A login form post: logs in, or answers the login page with what went wrong ({@link LoginPage}:
   * 401 wrong user name or password, 400 an empty field, 429 locked, 403 from another site, 500 a
   * failure on our side — never the container's page).
   */
  private AuthenticationStatus form(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
    String user = request.getParameter("username");
    try {
      return formLogin(request, response, context);
    } catch (RuntimeException e) {
      String reference = UUID.randomUUID().toString();
      LOG.log(Level.SEVERE, "Login failed on our side, reference " + reference, e);
      if (response.isCommitted()) {
        return AuthenticationStatus.SEND_FAILURE;
      }
      response.resetBuffer();
      return page(
          response,
          () -> LoginPage.failure(request.getServletContext(), response, user, reference));
    }
  }

  private AuthenticationStatus formLogin(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
    if (!SameOrigin.holds(request)) {
      loginAudit.crossSite(request.getParameter("username"), "login form");
      return page(response, () -> LoginPage.crossSite(request.getServletContext(), response));
    }
    String given = request.getParameter("username");
    String password = request.getParameter("password");
    if (given == null || password == null || given.isBlank() || password.isEmpty()) {
      return page(
          response,
          () ->
              LoginPage.emptyFields(
                  request.getServletContext(),
                  response,
                  given,
                  password == null || password.isEmpty()));
    }
    String user = given.trim();
    Duration locked = lockedFor(user);
    if (locked.compareTo(Duration.ZERO) > 0) {
      loginAudit.throttled(user, "login form", locked);
      long seconds = LoginThrottlePolicy.retryAfterSeconds(locked);
      response.setHeader("Retry-After", Long.toString(seconds));
      return page(
          response, () -> LoginPage.locked(request.getServletContext(), response, user, seconds));
    }
    CredentialValidationResult result =
        identityStores.validate(new UsernamePasswordCredential(user, password));
    if (result.getStatus() != CredentialValidationResult.Status.VALID) {
      loginAudit.failed(user, "login form");
      countFailure(user);
      return page(
          response, () -> LoginPage.wrongCredentials(request.getServletContext(), response, user));
    }
    String name = result.getCallerPrincipal().getName();
    reset(name);
    loginAudit.succeeded(name);
    // a fresh session for each login (no fixation), holding only the user name
    HttpSession old = request.getSession(false);
    if (old != null) {
      old.invalidate();
    }
    request.getSession(true).setAttribute(SESSION_USER, name);
    SessionCookie.harden(request, response);
    return context.notifyContainerAboutLogin(name, result.getCallerGroups());
  }

  private Duration lockedFor(String user) {
    try {
      return throttle.lockedFor(user);
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "login throttle unreadable; treating the account as locked", e);
      return LoginThrottlePolicy.FIRST_LOCK;
    }
  }

  private void countFailure(String user) {
    for (int attempt = 0; ; attempt++) {
      try {
        throttle.failed(user);
        return;
      } catch (RuntimeException e) {
        // two nodes may create the same name's first row at once: the second try finds it
        if (attempt > 0) {
          LOG.log(Level.WARNING, "failed login not counted", e);
          return;
        }
      }
    }
  }

  private void reset(String user) {
    try {
      throttle.succeeded(user);
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "login throttle not reset", e);
    }
  }

  private static Set<String> groups(Set<Role> roles) {
    return roles.stream().map(Role::name).collect(Collectors.toSet());
  }

  private static AuthenticationStatus tooManyAttempts(
      HttpServletResponse response, Duration locked) {
    long seconds = LoginThrottlePolicy.retryAfterSeconds(locked);
    response.setHeader("Retry-After", Long.toString(seconds));
    String nl =
        "Te veel mislukte inlogpogingen voor deze gebruiker. Probeer het over "
            + seconds
            + " seconden opnieuw.";
    String en = "Too many failed logins for this user. Try again in " + seconds + " seconds.";
    return send(response, 429, "Too Many Requests", nl, en, LoginThrottlePolicy.NAME);
  }

  /** Something that writes the answer. */
  private interface Answer {
    void write() throws IOException;
  }

  /** Answers the login page (written by {@code answer}); the login did not happen. */
  private static AuthenticationStatus page(HttpServletResponse response, Answer answer) {
    try {
      answer.write();
    } catch (IOException e) {
      // the client went away; nothing left to tell it
    }
    return AuthenticationStatus.SEND_FAILURE;
  }

  private static AuthenticationStatus unauthorized(HttpServletResponse response, String why) {
    response.setHeader("WWW-Authenticate", "Basic realm=\"toeslagen\", charset=\"UTF-8\"");
    String nl =
        switch (why) {
          case "missing" -> "U bent niet ingelogd. Log in om verder te gaan.";
          case "conflict" ->
              "De meegestuurde inloggegevens horen bij een andere gebruiker dan de ingelogde.";
          default -> "De gebruikersnaam of het wachtwoord is onjuist.";
        };
    String en =
        switch (why) {
          case "missing" -> "You are not logged in. Log in to continue.";
          case "conflict" -> "The credentials sent name another user than the one logged in.";
          default -> "The user name or password is incorrect.";
        };
    return send(response, HttpServletResponse.SC_UNAUTHORIZED, "Unauthorized", nl, en, null);
  }

  private static AuthenticationStatus send(
      HttpServletResponse response, int status, String title, String nl, String en, String policy) {
    try {
      SecurityHeaders.apply(response);
      response.setStatus(status);
      response.setContentType(ProblemDetails.MEDIA_TYPE);
      response.setCharacterEncoding("UTF-8");
      response
          .getWriter()
          .write(ProblemDetails.json(status, title, nl, en, null, policy).toString());
      response.flushBuffer();
    } catch (IOException e) {
      // the client went away; nothing left to tell it
    }
    return AuthenticationStatus.SEND_FAILURE;
  }

  private static UsernamePasswordCredential decodeBasic(String encoded) {
    try {
      String decoded = new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
      int colon = decoded.indexOf(':');
      if (colon <= 0) {
        return null;
      }
      return new UsernamePasswordCredential(
          decoded.substring(0, colon), decoded.substring(colon + 1));
    } catch (IllegalArgumentException e) {
      return null;
    }
  }
}
