package nl.toeslagen.archfixture.policy;

import java.util.List;
import nl.toeslagen.kernel.PolicySet;

/** A fixture policy set: lists ListedPolicy, MisnamedPolicy and TwiceListedPolicy. */
public class FixturePolicies implements PolicySet {
  @Override
  public String context() {
    return "fixture";
  }

  @Override
  public List<Class<?>> policies() {
    return List.of(ListedPolicy.class, MisnamedPolicy.class, TwiceListedPolicy.class);
  }
}
