package nl.toeslagen.web.it;

import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The assembled WAR (modules/web/target/toeslagen.war), as Maven built it, optionally with test
 * probes added.
 */
public final class Deployments {

  private Deployments() {}

  public static WebArchive assembledWar() {
    File war = new File(System.getProperty("toeslagen.war", "target/toeslagen.war"));
    if (!war.isFile()) {
      throw new IllegalStateException("Build the WAR first: " + war.getAbsolutePath());
    }
    return ShrinkWrap.create(ZipImporter.class, "toeslagen.war")
        .importFrom(war)
        .as(WebArchive.class);
  }

  public static String vendor() {
    return System.getProperty("toeslagen.db.vendor", "h2");
  }
}
