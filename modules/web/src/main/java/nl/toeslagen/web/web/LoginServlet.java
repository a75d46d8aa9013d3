package nl.toeslagen.web.web;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * The target of the login form. The authentication mechanism has checked the password before this
 * runs; here the user is only sent on to the start page (or back to the login page if they are not
 * logged in).
 */
@WebServlet("/login")
public class LoginServlet extends HttpServlet {

  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    String target = request.getUserPrincipal() == null ? "/login.html?fout=onjuist" : "/index.html";
    response.sendRedirect(request.getContextPath() + target);
  }

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    response.sendRedirect(request.getContextPath() + "/login.html");
  }
}
