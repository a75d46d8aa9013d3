package nl.toeslagen.workflow.testing;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import nl.toeslagen.workflow.api.ProcessContract;
import nl.toeslagen.workflow.api.ProcessVariable;
import org.w3c.dom.Attr;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * Compares a {@link ProcessContract} with its BPMN model and names every difference: the process
 * key, the message names, the user-task ids and the step beans must be the same set on both sides;
 * every identifier the model's expressions read must be a contract variable (or a step bean); every
 * routing variable of the contract must be read by the model. Plain XML, no engine, so the check
 * runs in any module's tests.
 */
public final class BpmnContractCheck {

  private static final String BPMN = "http://www.omg.org/spec/BPMN/20100524/MODEL";
  private static final String CAMUNDA = "http://camunda.org/schema/1.0/bpmn";
  private static final Pattern EXPRESSION = Pattern.compile("[$#]\\{([^}]*)}");
  private static final Pattern STRING_LITERAL = Pattern.compile("'[^']*'|\"[^\"]*\"");
  private static final Pattern IDENTIFIER = Pattern.compile("(?<![.\\w])([A-Za-z_][A-Za-z0-9_]*)");
  private static final Set<String> EL_WORDS =
      Set.of(
          "true",
          "false",
          "null",
          "empty",
          "not",
          "and",
          "or",
          "eq",
          "ne",
          "lt",
          "gt",
          "le",
          "ge",
          "div",
          "mod",
          "instanceof",
          "execution",
          "task");

  private BpmnContractCheck() {}

  /** The differences between the contract and the model on the classpath; empty when they agree. */
  public static List<String> mismatches(ProcessContract contract) {
    try (InputStream in =
        Thread.currentThread()
            .getContextClassLoader()
            .getResourceAsStream(contract.modelResource())) {
      if (in == null) {
        return List.of("model " + contract.modelResource() + " not on the classpath");
      }
      return mismatches(contract, new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The differences between the contract and the model given as XML; empty when they agree. */
  public static List<String> mismatches(ProcessContract contract, String modelXml) {
    Document model = parse(modelXml);
    List<String> problems = new ArrayList<>();
    Set<String> processIds = attributes(model, BPMN, "process", null, "id");
    if (!processIds.contains(contract.processKey())) {
      problems.add("process key " + contract.processKey() + " not in the model " + processIds);
    }
    compare(
        problems, "message", contract.messages(), attributes(model, BPMN, "message", null, "name"));
    compare(
        problems,
        "user task",
        contract.userTasks(),
        attributes(model, BPMN, "userTask", null, "id"));
    Set<String> beans = new TreeSet<>();
    for (String expression : attributes(model, null, null, CAMUNDA, "delegateExpression")) {
      beans.add(expression.replaceAll("^[$#]\\{\\s*|\\s*}$", ""));
    }
    compare(problems, "step bean", contract.stepBeans(), beans);

    Set<String> declared =
        contract.variables().stream().map(ProcessVariable::name).collect(Collectors.toSet());
    Set<String> read = new TreeSet<>();
    for (String text : expressionTexts(model)) {
      Matcher m = EXPRESSION.matcher(text);
      while (m.find()) {
        String body = STRING_LITERAL.matcher(m.group(1)).replaceAll(" ");
        Matcher id = IDENTIFIER.matcher(body);
        while (id.find()) {
          String name = id.group(1);
          int after = id.end();
          boolean call = after < body.length() && body.charAt(after) == '(';
          if (!call && !EL_WORDS.contains(name) && !beans.contains(name)) {
            read.add(name);
          }
        }
      }
    }
    for (String name : read) {
      if (!declared.contains(name)) {
        problems.add("the model reads variable '" + name + "' that the contract does not declare");
      }
    }
    for (ProcessVariable<?> v : contract.variables()) {
      if (v.use() == ProcessVariable.Use.ROUTING && !read.contains(v.name())) {
        problems.add(
            "routing variable '" + v.name() + "' of the contract is not read by the model");
      }
    }
    return problems;
  }

  private static void compare(
      List<String> problems, String what, Set<String> contract, Set<String> model) {
    for (String name : new TreeSet<>(contract)) {
      if (!model.contains(name)) {
        problems.add(what + " '" + name + "' of the contract is not in the model");
      }
    }
    for (String name : model) {
      if (!contract.contains(name)) {
        problems.add(what + " '" + name + "' of the model is not in the contract");
      }
    }
  }

  /** Values of an attribute, on elements of one name (or all elements when name is null). */
  private static Set<String> attributes(
      Document model, String elementNs, String element, String attributeNs, String attribute) {
    Set<String> values = new TreeSet<>();
    NodeList nodes =
        element == null
            ? model.getElementsByTagNameNS("*", "*")
            : model.getElementsByTagNameNS(elementNs, element);
    for (int i = 0; i < nodes.getLength(); i++) {
      Element e = (Element) nodes.item(i);
      String value =
          attributeNs == null
              ? e.getAttribute(attribute)
              : e.getAttributeNS(attributeNs, attribute);
      if (value != null && !value.isBlank()) {
        values.add(value.strip());
      }
    }
    return values;
  }

  /** Every attribute value and text of the process part of the model (not the diagram). */
  private static List<String> expressionTexts(Document model) {
    List<String> texts = new ArrayList<>();
    NodeList nodes = model.getElementsByTagNameNS("*", "*");
    for (int i = 0; i < nodes.getLength(); i++) {
      Element e = (Element) nodes.item(i);
      NamedNodeMap attrs = e.getAttributes();
      for (int a = 0; a < attrs.getLength(); a++) {
        Attr attr = (Attr) attrs.item(a);
        if (!"delegateExpression".equals(attr.getLocalName())) {
          texts.add(attr.getValue());
        }
      }
      for (Node child = e.getFirstChild(); child != null; child = child.getNextSibling()) {
        if (child.getNodeType() == Node.TEXT_NODE
            || child.getNodeType() == Node.CDATA_SECTION_NODE) {
          texts.add(child.getNodeValue());
        }
      }
    }
    return texts;
  }

  private static Document parse(String xml) {
    try {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      factory.setNamespaceAware(true);
      factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      return factory
          .newDocumentBuilder()
          .parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    } catch (ParserConfigurationException | SAXException | IOException e) {
      throw new IllegalArgumentException("not a readable BPMN model: " + e.getMessage(), e);
    }
  }
}
