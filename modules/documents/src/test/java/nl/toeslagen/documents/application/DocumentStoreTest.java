package nl.toeslagen.documents.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Stream;
import nl.toeslagen.documents.api.StoredDocument;
import nl.toeslagen.documents.domain.DocumentIntegrityException;
import nl.toeslagen.documents.domain.DocumentRepository;
import nl.toeslagen.documents.domain.DuplicateDocumentException;
import nl.toeslagen.documents.infrastructure.JpaDocumentRepository;
import nl.toeslagen.kernel.NotFoundException;
import nl.toeslagen.kernel.ValidationException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The store against H2 with the real migration script and the real JPA mapping. */
class DocumentStoreTest {

  private static final byte[] PDF = "%PDF-1.7\nbrief\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
  // 23:30 UTC on New Year's Eve is already 2027 in the Netherlands.
  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-12-31T23:30:00Z"), ZoneOffset.UTC);

  @TempDir Path dataDir;
  private EntityManagerFactory emf;
  private EntityManager em;
  private DocumentStore store;

  @BeforeEach
  void setUp() throws Exception {
    String url = "jdbc:h2:mem:docs-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
    try (Connection c = DriverManager.getConnection(url, "sa", "");
        Statement s = c.createStatement()) {
      s.execute("RUNSCRIPT FROM 'classpath:db/migration/common/V5_1__documents.sql'");
    }
    emf =
        Persistence.createEntityManagerFactory(
            "documents-test",
            Map.of(
                "jakarta.persistence.jdbc.url", url,
                "jakarta.persistence.jdbc.user", "sa",
                "jakarta.persistence.jdbc.password", ""));
    em = emf.createEntityManager();
    store = new DocumentStore(new JpaDocumentRepository(em), dataDir, CLOCK);
  }

  @AfterEach
  void tearDown() {
    em.close();
    emf.close();
  }

  /** Runs the work in one transaction, as the container does around a DocumentStore call. */
  private <T> T inTransaction(Supplier<T> work) {
    em.getTransaction().begin();
    try {
      T result = work.get();
      em.getTransaction().commit();
      return result;
    } finally {
      if (em.getTransaction().isActive()) {
        em.getTransaction().rollback();
      }
    }
  }

  private StoredDocument storeAck(String ownerId) {
    return inTransaction(
        () ->
            store.store(
                "OBJECTION",
                ownerId,
                "ACKNOWLEDGED",
                "OBJECTION_ACKNOWLEDGEMENT",
                "ontvangstbevestiging.pdf",
                PDF));
  }

  @Test
  void storesThePdfUnderTheDataDirByYearWithItsChecksumAndReadsItBack() throws Exception {
    StoredDocument doc = storeAck("case-1");

    assertThat(doc.storagePath()).isEqualTo("documents/2027/" + doc.id() + ".pdf");
    assertThat(Files.readAllBytes(dataDir.resolve(doc.storagePath()))).isEqualTo(PDF);
    assertThat(doc.sizeBytes()).isEqualTo(PDF.length);
    assertThat(doc.sha256()).hasSize(64).isEqualTo(DocumentStore.sha256(PDF));
    assertThat(doc.createdAt()).isEqualTo(CLOCK.instant());

    em.clear();
    StoredDocument found = store.find(doc.id()).orElseThrow();
    assertThat(found).isEqualTo(doc);
    assertThat(store.content(doc.id())).isEqualTo(PDF);
  }

  @Test
  void storingTheSameEventTwiceReturnsTheFirstDocumentAndWritesNoSecondFile() throws Exception {
    StoredDocument first = storeAck("case-1");
    StoredDocument second = storeAck("case-1");

    assertThat(second).isEqualTo(first);
    assertThat(store.forOwner("OBJECTION", "case-1")).containsExactly(first);
    try (Stream<Path> files = Files.walk(dataDir)) {
      assertThat(files.filter(Files::isRegularFile)).hasSize(1);
    }
  }

  @Test
  void eachEventOfAnOwnerGetsItsOwnDocumentListedOldestFirst() {
    StoredDocument ack = storeAck("case-1");
    StoredDocument decision =
        inTransaction(
            () ->
                store.store(
                    "OBJECTION", "case-1", "DECIDED", "OBJECTION_DECISION", "beslissing.pdf", PDF));
    storeAck("case-2");

    assertThat(decision.id()).isNotEqualTo(ack.id());
    assertThat(store.forOwner("OBJECTION", "case-1"))
        .extracting(StoredDocument::eventKey)
        .containsExactlyInAnyOrder("ACKNOWLEDGED", "DECIDED");
    assertThat(store.forOwner("OBJECTION", "case-3")).isEmpty();
  }

  @Test
  void refusesToHandOutAFileThatChangedAfterStoring() throws Exception {
    StoredDocument doc = storeAck("case-1");
    Path file = dataDir.resolve(doc.storagePath());
    byte[] tampered = PDF.clone();
    tampered[10] = 'X';
    Files.write(file, tampered);

    assertThatThrownBy(() -> store.content(doc.id()))
        .isInstanceOf(DocumentIntegrityException.class)
        .hasMessageContaining("SHA-256");
  }

  @Test
  void refusesToHandOutAFileThatWasRemoved() throws Exception {
    StoredDocument doc = storeAck("case-1");
    Files.delete(dataDir.resolve(doc.storagePath()));

    assertThatThrownBy(() -> store.content(doc.id()))
        .isInstanceOf(DocumentIntegrityException.class)
        .satisfies(
            e ->
                assertThat(((DocumentIntegrityException) e).messageNl())
                    .contains("gewijzigd of ontbreekt"));
  }

  @Test
  void unknownDocumentIsNotFound() {
    assertThat(store.find("no-such-id")).isEmpty();
    assertThatThrownBy(() -> store.content("no-such-id")).isInstanceOf(NotFoundException.class);
  }

  @Test
  void refusesContentThatIsNotAPdfAndFileNamesWithDirectories() {
    assertThatThrownBy(
            () ->
                store.store(
                    "OBJECTION",
                    "c",
                    "E",
                    "K",
                    "brief.pdf",
                    "hello".getBytes(StandardCharsets.UTF_8)))
        .isInstanceOf(ValidationException.class)
        .satisfies(e -> assertThat(((ValidationException) e).field()).isEqualTo("pdf"));
    assertThatThrownBy(() -> store.store("OBJECTION", "c", "E", "K", "../../etc/passwd", PDF))
        .isInstanceOf(ValidationException.class)
        .satisfies(e -> assertThat(((ValidationException) e).field()).isEqualTo("fileName"));
    assertThatThrownBy(() -> store.store("OBJECTION", " ", "E", "K", "brief.pdf", PDF))
        .isInstanceOf(ValidationException.class)
        .satisfies(e -> assertThat(((ValidationException) e).field()).isEqualTo("ownerId"));
  }

  @Test
  void whenARaceSlipsPastTheCheckTheUniqueKeyRefusesTheSecondDocumentAndItsFileIsRemoved()
      throws Exception {
    StoredDocument first = storeAck("case-1");
    // A second node that checked before the first one committed: its look-up saw nothing.
    DocumentRepository real = new JpaDocumentRepository(em);
    DocumentRepository stale =
        new DocumentRepository() {
          @Override
          public Optional<StoredDocument> findById(String id) {
            return real.findById(id);
          }

          @Override
          public Optional<StoredDocument> findByEvent(String t, String o, String e) {
            return Optional.empty();
          }

          @Override
          public List<StoredDocument> findByOwner(String t, String o) {
            return real.findByOwner(t, o);
          }

          @Override
          public void insert(StoredDocument d) {
            real.insert(d);
          }

          @Override
          public void delete(String id) {
            real.delete(id);
          }
        };
    DocumentStore racing = new DocumentStore(stale, dataDir, CLOCK);

    assertThatThrownBy(
            () ->
                inTransaction(
                    () ->
                        racing.store(
                            "OBJECTION",
                            "case-1",
                            "ACKNOWLEDGED",
                            "OBJECTION_ACKNOWLEDGEMENT",
                            "ontvangstbevestiging.pdf",
                            PDF)))
        .isInstanceOf(DuplicateDocumentException.class);

    em.clear();
    assertThat(store.forOwner("OBJECTION", "case-1")).containsExactly(first);
    try (Stream<Path> files = Files.walk(dataDir)) {
      assertThat(files.filter(Files::isRegularFile))
          .containsExactly(dataDir.resolve(first.storagePath()));
    }
  }

  @Test
  void deletingADocumentRemovesItsFileAndItsMetadata() throws Exception {
    StoredDocument doc = storeAck("case-9");
    assertThat(dataDir.resolve(doc.storagePath())).exists();

    inTransaction(
        () -> {
          store.delete(doc.id(), "systeem", null, "bewaartermijn verstreken");
          return null;
        });

    em.clear();
    assertThat(store.find(doc.id())).isEmpty();
    assertThat(store.forOwner("OBJECTION", "case-9")).isEmpty();
    assertThat(dataDir.resolve(doc.storagePath())).doesNotExist();
    assertThatThrownBy(() -> store.content(doc.id())).isInstanceOf(NotFoundException.class);
  }

  @Test
  void deletingAnUnknownDocumentIsNotFound() {
    assertThatThrownBy(() -> store.delete("nope", "systeem", null, "x"))
        .isInstanceOf(NotFoundException.class);
  }
}
