package nl.toeslagen.workflow.infrastructure;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.TreeSet;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.DeploymentBuilder;

/**
 * Deploys every BPMN and DMN model found under {@code bpmn/} on the classpath (the bpmn module's
 * jar). Duplicate filtering keeps a restart from creating new versions of models that did not
 * change.
 */
final class ModelDeployer {

  static final String ROOT = "bpmn/";
  static final String DEPLOYMENT_NAME = "toeslagen-models";
  private static final Logger LOG = Logger.getLogger(ModelDeployer.class.getName());

  private final RepositoryService repository;

  ModelDeployer(RepositoryService repository) {
    this.repository = repository;
  }

  void deployAll() {
    List<String> resources = findModels(ModelDeployer.class.getClassLoader());
    if (resources.isEmpty()) {
      LOG.warning("No BPMN models found under " + ROOT);
      return;
    }
    DeploymentBuilder deployment =
        repository.createDeployment().name(DEPLOYMENT_NAME).enableDuplicateFiltering(true);
    ClassLoader loader = ModelDeployer.class.getClassLoader();
    List<InputStream> opened = new ArrayList<>();
    try {
      for (String resource : resources) {
        InputStream in = loader.getResourceAsStream(resource);
        opened.add(in);
        deployment.addInputStream(resource, in);
      }
      deployment.deploy();
      LOG.info(() -> "Deployed (unchanged models skipped): " + resources);
    } finally {
      for (InputStream in : opened) {
        try {
          in.close();
        } catch (IOException ignored) {
          // closing a classpath stream cannot lose data
        }
      }
    }
  }

  static List<String> findModels(ClassLoader loader) {
    TreeSet<String> found = new TreeSet<>();
    try {
      Enumeration<URL> roots = loader.getResources(ROOT);
      while (roots.hasMoreElements()) {
        URL root = roots.nextElement();
        if ("jar".equals(root.getProtocol())) {
          JarURLConnection connection = (JarURLConnection) root.openConnection();
          connection.setUseCaches(false);
          try (JarFile jar = connection.getJarFile()) {
            Enumeration<JarEntry> entries = jar.entries();
            while (entries.hasMoreElements()) {
              String name = entries.nextElement().getName();
              if (name.startsWith(ROOT) && isModel(name)) {
                found.add(name);
              }
            }
          }
        } else if ("file".equals(root.getProtocol())) {
          Path base = Path.of(root.toURI());
          try (Stream<Path> files = Files.walk(base)) {
            files
                .filter(Files::isRegularFile)
                .map(p -> ROOT + base.relativize(p).toString().replace('\\', '/'))
                .filter(ModelDeployer::isModel)
                .forEach(found::add);
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
    return new ArrayList<>(found);
  }

  private static boolean isModel(String name) {
    return name.endsWith(".bpmn") || name.endsWith(".dmn");
  }
}
