package nl.toeslagen.workflow.infrastructure;

import jakarta.enterprise.inject.spi.BeanManager;
import org.camunda.bpm.engine.impl.el.JuelExpressionManager;
import org.camunda.bpm.impl.juel.jakarta.el.CompositeELResolver;
import org.camunda.bpm.impl.juel.jakarta.el.ELResolver;

/**
 * The engine's expression manager, extended so that names that are no process variable resolve to
 * CDI beans.
 */
class CdiExpressionManager extends JuelExpressionManager {

  private final BeanManager beanManager;

  CdiExpressionManager(BeanManager beanManager) {
    this.beanManager = beanManager;
  }

  @Override
  protected ELResolver createElResolver() {
    CompositeELResolver composite = new CompositeELResolver();
    composite.add(super.createElResolver());
    composite.add(new CdiStepResolver(beanManager));
    return composite;
  }
}
