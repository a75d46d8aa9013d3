package nl.toeslagen.web.web;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * The target of the login form. The authentication mechanism has checked the password before this
 * runs and answered every post that does not log in with the login page and its error summary
 * ({@code security.LoginPage}); here the user is only sent on to the start page.
 */
@WebServlet("/login")
public class LoginServlet extends HttpServlet {

  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    if (request.getUserPrincipal() == null) {
      // the mechanism answers every post that does not log in itself; this is a safety net
      response.sendRedirect(request.getContextPath() + "/login.html");
      return;
    }
    response.sendRedirect(request.getContextPath() + "/index.html");
  }

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    response.sendRedirect(request.getContextPath() + "/login.html");
  }
}
