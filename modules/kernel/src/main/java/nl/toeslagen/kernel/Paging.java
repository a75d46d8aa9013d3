package nl.toeslagen.kernel;

/**
 * The paging query parameters every paged list takes: {@code page} 0-based (at most six digits),
 * {@code size} 1 to {@value #MAX_SIZE}. The patterns check them declaratively
 * ({@code @Pattern(regexp = Paging.PAGE_PATTERN, message = "{toeslagen.page}")}) before a resource
 * reads them with {@link #page} and {@link #size}.
 */
public final class Paging {

  /** The largest page a client may ask for. */
  public static final int MAX_SIZE = 200;

  /** An empty value, or 0 to 999999. */
  public static final String PAGE_PATTERN = "(0|[1-9][0-9]{0,5})?";

  /** An empty value, or 1 to 200. */
  public static final String SIZE_PATTERN = "([1-9]|[1-9][0-9]|1[0-9][0-9]|200)?";

  private Paging() {}

  /** The page asked for (already checked against {@link #PAGE_PATTERN}); 0 when absent. */
  public static int page(String page) {
    return page == null || page.isEmpty() ? 0 : Integer.parseInt(page);
  }

  /**
   * The size asked for (already checked against {@link #SIZE_PATTERN}); the default when absent.
   */
  public static int size(String size, int defaultSize) {
    return size == null || size.isEmpty() ? defaultSize : Integer.parseInt(size);
  }
}
