package nl.toeslagen.archfixture.policy;

import java.util.List;
import nl.toeslagen.kernel.PolicySet;

/** A second fixture policy set: lists TwiceListedPolicy again. */
public class OtherFixturePolicies implements PolicySet {
  @Override
  public String context() {
    return "other-fixture";
  }

  @Override
  public List<Class<?>> policies() {
    return List.of(TwiceListedPolicy.class);
  }
}
