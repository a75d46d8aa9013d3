package nl.toeslagen.kernel;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The name of this application node when several share one database ({@code TOESLAGEN_NODE_NAME},
 * else the machine's host name). The engine records it with every job it runs, so the job log shows
 * which node did a timer's work (docs/architecture.md, "Several nodes").
 */
public final class NodeName {

  /** Letters, digits, dot, dash and underscore; the engine's job log keeps at most 255. */
  static final Pattern VALID = Pattern.compile("[A-Za-z0-9._-]{1,64}");

  private NodeName() {}

  /** This node's name; refuses to start on a name that is not {@link #VALID}. */
  public static String current() {
    String configured = System.getenv("TOESLAGEN_NODE_NAME");
    if (configured == null || configured.isBlank()) {
      configured = System.getProperty("toeslagen.node.name");
    }
    return of(configured);
  }

  /** The configured name, or the host name when none is configured. */
  static String of(String configured) {
    if (configured == null || configured.isBlank()) {
      return hostName();
    }
    String name = configured.trim();
    if (!VALID.matcher(name).matches()) {
      throw new IllegalStateException(
          "Refusing to start: TOESLAGEN_NODE_NAME must be 1 to 64 letters, digits, '.', '-' or"
              + " '_'");
    }
    return name;
  }

  private static String hostName() {
    try {
      String host = InetAddress.getLocalHost().getHostName().toLowerCase(Locale.ROOT);
      return VALID.matcher(host).matches() ? host : "node";
    } catch (UnknownHostException e) {
      return "node";
    }
  }
}
