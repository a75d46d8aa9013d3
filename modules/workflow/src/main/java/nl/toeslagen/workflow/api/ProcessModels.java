package nl.toeslagen.workflow.api;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/** What a process model itself says, read from its classpath resource. */
public final class ProcessModels {

  private static final String BPMN = "http://www.omg.org/spec/BPMN/20100524/MODEL";

  private ProcessModels() {}

  /**
   * The names the model gives its user tasks (the Dutch step names people see in the diagram), by
   * task key, in the order of {@link ProcessContract#userTasks()}; a task without a name is
   * labelled by its key.
   */
  public static Map<String, String> userTaskNames(ProcessContract contract) {
    Map<String, String> byId = new LinkedHashMap<>();
    try (InputStream in =
        ProcessModels.class.getClassLoader().getResourceAsStream(contract.modelResource())) {
      if (in == null) {
        throw new IllegalStateException("no process model at " + contract.modelResource());
      }
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      factory.setNamespaceAware(true);
      factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      NodeList tasks =
          factory.newDocumentBuilder().parse(in).getElementsByTagNameNS(BPMN, "userTask");
      for (int i = 0; i < tasks.getLength(); i++) {
        Element task = (Element) tasks.item(i);
        byId.put(task.getAttribute("id"), task.getAttribute("name"));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (ParserConfigurationException | SAXException e) {
      throw new IllegalStateException("cannot read " + contract.modelResource(), e);
    }
    Map<String, String> names = new LinkedHashMap<>();
    for (String key : contract.userTasks().stream().sorted().toList()) {
      String name = byId.get(key);
      names.put(key, name == null || name.isBlank() ? key : name);
    }
    return names;
  }
}
