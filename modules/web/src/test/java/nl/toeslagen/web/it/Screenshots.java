package nl.toeslagen.web.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;

/**
 * PNG screenshots of the main screens for the README, taken by the browser journeys when the system
 * property {@code toeslagen.screenshots} names a folder (relative to the repository root, e.g.
 * {@code -Dtoeslagen.screenshots=docs/screenshots}); without it nothing is written.
 */
public final class Screenshots {

  public static final String PROPERTY = "toeslagen.screenshots";

  private Screenshots() {}

  /** The folder screenshots go to, or null when none are asked for. */
  static Path folder() {
    String value = System.getProperty(PROPERTY, "").trim();
    if (value.isEmpty()) {
      return null;
    }
    Path path = Paths.get(value);
    return path.isAbsolute() ? path : OpenApiChecks.uiDir().getParent().resolve(path);
  }

  /** Saves the page scrolled to the element with this id (its top at the top), when asked for. */
  public static void save(Browser browser, String name, String elementId) {
    if (folder() == null) {
      return;
    }
    ((org.openqa.selenium.JavascriptExecutor) browser.driver())
        .executeScript(
            "document.getElementById(arguments[0]).scrollIntoView({block: 'start'})", elementId);
    save(browser, name);
  }

  /** Saves the page as it is now as {@code <name>.png} (1280 px wide), when asked for. */
  public static void save(Browser browser, String name) {
    Path folder = folder();
    if (folder == null) {
      return;
    }
    try {
      Files.createDirectories(folder);
      byte[] png = ((TakesScreenshot) browser.driver()).getScreenshotAs(OutputType.BYTES);
      Files.write(folder.resolve(name + ".png"), png);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
