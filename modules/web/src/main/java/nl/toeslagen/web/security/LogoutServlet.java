package nl.toeslagen.web.security;

import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;

/**
 * Ends the session and returns to the login page. Only a POST from the application's own pages logs
 * out: a GET (a link or image on another site) answers 405, a cross-site POST 403.
 */
@WebServlet("/logout")
public class LogoutServlet extends HttpServlet {

  @Inject LoginAudit audit;

  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response)
      throws IOException, ServletException {
    if (!SameOrigin.holds(request)) {
      audit.crossSite(request.getRemoteUser(), "logout");
      response.sendError(HttpServletResponse.SC_FORBIDDEN);
      return;
    }
    HttpSession session = request.getSession(false);
    if (session != null) {
      session.invalidate();
    }
    request.logout();
    // logging out may leave a fresh (empty) session behind: end it too, and let the browser drop
    // the cookie (replacing the container's Set-Cookie, which lacks SameSite)
    HttpSession fresh = request.getSession(false);
    if (fresh != null) {
      fresh.invalidate();
    }
    String name = request.getServletContext().getSessionCookieConfig().getName();
    response.setHeader(
        "Set-Cookie",
        (name == null ? "JSESSIONID" : name)
            + "=; Path=/; Max-Age=0; HttpOnly; SameSite=Strict"
            + (request.isSecure() ? "; Secure" : ""));
    response.sendRedirect(request.getContextPath() + "/login.html?uitgelogd=1");
  }

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    response.setHeader("Allow", "POST");
    response.sendError(HttpServletResponse.SC_METHOD_NOT_ALLOWED);
  }
}
