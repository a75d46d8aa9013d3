package nl.toeslagen.archfixture.cycle.right;

import nl.toeslagen.archfixture.cycle.left.Left;

/** Violation: the other half of the package cycle. */
public class Right {
  Left left;
}
