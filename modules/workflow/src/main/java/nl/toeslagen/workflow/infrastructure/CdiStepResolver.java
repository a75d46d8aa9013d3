package nl.toeslagen.workflow.infrastructure;

import jakarta.enterprise.context.spi.CreationalContext;
import jakarta.enterprise.inject.spi.Bean;
import jakarta.enterprise.inject.spi.BeanManager;
import java.beans.FeatureDescriptor;
import java.util.Collections;
import java.util.Iterator;
import java.util.Set;
import nl.toeslagen.workflow.api.WorkflowStep;
import org.camunda.bpm.impl.juel.jakarta.el.ELContext;
import org.camunda.bpm.impl.juel.jakarta.el.ELResolver;

/**
 * Resolves a top-level name in a BPMN expression ({@code ${objectionsRecordDecision}}) to the CDI
 * bean with that {@code @Named} name. A bean that implements {@link WorkflowStep} is handed to the
 * engine wrapped in a {@link StepDelegate}, so that context modules never implement engine
 * interfaces. Written by hand because the engine's CDI integration is not published for 7.24 under
 * the jakarta namespace (see docs/adr).
 */
class CdiStepResolver extends ELResolver {

  private final BeanManager beanManager;

  CdiStepResolver(BeanManager beanManager) {
    this.beanManager = beanManager;
  }

  @Override
  public Object getValue(ELContext context, Object base, Object property) {
    if (base != null || !(property instanceof String name)) {
      return null;
    }
    Set<Bean<?>> beans = beanManager.getBeans(name);
    if (beans.isEmpty()) {
      return null;
    }
    Bean<?> bean = beanManager.resolve(beans);
    CreationalContext<?> creational = beanManager.createCreationalContext(bean);
    Object instance = beanManager.getReference(bean, Object.class, creational);
    context.setPropertyResolved(true);
    if (instance instanceof WorkflowStep step) {
      return new StepDelegate(name, step);
    }
    return instance;
  }

  @Override
  public Class<?> getType(ELContext context, Object base, Object property) {
    return null;
  }

  @Override
  public void setValue(ELContext context, Object base, Object property, Object value) {
    // beans are read-only from a process model
  }

  @Override
  public boolean isReadOnly(ELContext context, Object base, Object property) {
    return true;
  }

  @Override
  public Iterator<FeatureDescriptor> getFeatureDescriptors(ELContext context, Object base) {
    return Collections.emptyIterator();
  }

  @Override
  public Class<?> getCommonPropertyType(ELContext context, Object base) {
    return Object.class;
  }
}
