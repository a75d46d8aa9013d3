package nl.toeslagen.web.web;

import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import nl.toeslagen.web.security.LoginAudit;
import nl.toeslagen.web.security.SameOrigin;

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
    request.logout();
    HttpSession session = request.getSession(false);
    if (session != null) {
      session.invalidate();
    }
    response.sendRedirect(request.getContextPath() + "/login.html?uitgelogd=1");
  }

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    response.setHeader("Allow", "POST");
    response.sendError(HttpServletResponse.SC_METHOD_NOT_ALLOWED);
  }
}
