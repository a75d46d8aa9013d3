package nl.toeslagen.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.AutoApplySession;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import nl.toeslagen.web.api.Problems;

/**
 * One mechanism for both kinds of client: API clients send HTTP Basic credentials with each
 * request; people log in once through the Dutch login page (a form posted to {@code /login}) and
 * keep a session. An unauthenticated request for a protected page is sent to the login page; one
 * for the API gets a 401 problem+json.
 */
@ApplicationScoped
@AutoApplySession
public class ToeslagenAuthenticationMechanism implements HttpAuthenticationMechanism {

  static final String LOGIN_PATH = "/login";
  static final String LOGIN_PAGE = "/login.html";

  @Inject IdentityStoreHandler identityStores;

  @Inject LoginAudit loginAudit;

  @Override
  public AuthenticationStatus validateRequest(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    String authorization = request.getHeader("Authorization");
    if (authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
      UsernamePasswordCredential credential = decodeBasic(authorization.substring(6).trim());
      if (credential == null) {
        return unauthorized(response, context, "malformed");
      }
      CredentialValidationResult result = identityStores.validate(credential);
      if (result.getStatus() == CredentialValidationResult.Status.VALID) {
        return context.notifyContainerAboutLogin(result);
      }
      loginAudit.failed(credential.getCaller(), "HTTP Basic");
      return unauthorized(response, context, "invalid");
    }
    if (LOGIN_PATH.equals(path) && "POST".equals(request.getMethod())) {
      String user = request.getParameter("username");
      String password = request.getParameter("password");
      if (user == null || password == null || user.isBlank()) {
        return context.redirect(request.getContextPath() + LOGIN_PAGE + "?fout=leeg");
      }
      CredentialValidationResult result =
          identityStores.validate(new UsernamePasswordCredential(user.trim(), password));
      if (result.getStatus() == CredentialValidationResult.Status.VALID) {
        loginAudit.succeeded(result.getCallerPrincipal().getName());
        return context.notifyContainerAboutLogin(result);
      }
      loginAudit.failed(user.trim(), "login form");
      return context.redirect(request.getContextPath() + LOGIN_PAGE + "?fout=onjuist");
    }
    if (!context.isProtected()) {
      return context.doNothing();
    }
    if (path.startsWith("/api/") || path.equals("/api")) {
      return unauthorized(response, context, "missing");
    }
    return context.redirect(request.getContextPath() + LOGIN_PAGE);
  }

  @Override
  public void cleanSubject(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
    HttpAuthenticationMechanism.super.cleanSubject(request, response, context);
  }

  private static AuthenticationStatus unauthorized(
      HttpServletResponse response, HttpMessageContext context, String why) {
    try {
      response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
      response.setHeader("WWW-Authenticate", "Basic realm=\"toeslagen\", charset=\"UTF-8\"");
      response.setContentType(Problems.MEDIA_TYPE);
      response.setCharacterEncoding("UTF-8");
      String nl =
          "missing".equals(why)
              ? "U bent niet ingelogd. Log in om verder te gaan."
              : "De gebruikersnaam of het wachtwoord is onjuist.";
      String en =
          "missing".equals(why)
              ? "You are not logged in. Log in to continue."
              : "The user name or password is incorrect.";
      response.getWriter().write(Problems.json(401, "Unauthorized", nl, en, null, null).toString());
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
