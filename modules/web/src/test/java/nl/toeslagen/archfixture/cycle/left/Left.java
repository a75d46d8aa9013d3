package nl.toeslagen.archfixture.cycle.left;

import nl.toeslagen.archfixture.cycle.right.Right;

/** Violation: half of a package cycle (left -> right -> left). */
public class Left {
  Right right;
}
