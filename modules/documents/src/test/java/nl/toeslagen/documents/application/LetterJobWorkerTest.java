package nl.toeslagen.documents.application;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.NotificationOptions;
import jakarta.enterprise.util.TypeLiteral;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import java.lang.annotation.Annotation;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletionStage;
import java.util.function.Supplier;
import nl.toeslagen.audit.api.AuditEvent;
import nl.toeslagen.documents.api.Letter;
import nl.toeslagen.documents.api.LetterRenderer;
import nl.toeslagen.documents.infrastructure.JpaDocumentRepository;
import nl.toeslagen.documents.infrastructure.LetterJobEntity;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Letter jobs against H2 with the real migrations: rendered and stored exactly once. */
class LetterJobWorkerTest {

  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-11-23T09:15:30Z"), ZoneOffset.UTC);

  @TempDir Path dataDir;
  private EntityManagerFactory emf;
  private EntityManager em;
  private DocumentStore store;
  private LetterJobWorker worker;
  private final List<AuditEvent> audited = new ArrayList<>();

  @BeforeEach
  void setUp() throws Exception {
    String url = "jdbc:h2:mem:jobs-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
    try (Connection c = DriverManager.getConnection(url, "sa", "");
        Statement s = c.createStatement()) {
      s.execute("RUNSCRIPT FROM 'classpath:db/migration/common/V5_1__documents.sql'");
      s.execute("RUNSCRIPT FROM 'classpath:db/migration/common/V5_2__letter_jobs.sql'");
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
    worker = new LetterJobWorker();
    worker.em = em;
    worker.renderer = new LetterRenderer(CLOCK);
    worker.documents = store;
    worker.audit = new RecordingEvent(audited);
  }

  @AfterEach
  void tearDown() {
    em.close();
    emf.close();
  }

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
      em.clear();
    }
  }

  static Letter letter() {
    return Letter.builder()
        .kind("OBJECTION_TERM_CHANGE")
        .reference("CASE-1")
        .date(LocalDate.of(2026, 11, 23))
        .recipient("De heer J. de Vries", "Dorpsstraat 12", "1234 AB  Utrecht")
        .subject("Wij beslissen later")
        .section(
            Letter.Section.builder("Waarom?")
                .paragraph("Wij hebben meer tijd nodig.")
                .bullets("Eén", "Twee")
                .build())
        .section(null, "Zonder kop.")
        .signatory("M. Jansen", "teamleider Bezwaar")
        .footer("Artikel 7:10 Algemene wet bestuursrecht (BWBR0005537)")
        .build();
  }

  private String queue(String eventKey) {
    LetterJobEntity job = new LetterJobEntity();
    job.id = UUID.randomUUID().toString();
    job.ownerType = "OBJECTION";
    job.ownerId = "CASE-1";
    job.eventKey = eventKey;
    job.fileName = "brief.pdf";
    job.letterJson = LetterJson.write(letter());
    job.auditAction = "LETTER_CREATED";
    job.auditReasons = "OBJECTION_TERM_CHANGE " + LetterQueue.DOCUMENT;
    job.status = LetterJobs.PENDING;
    job.createdAt = CLOCK.instant().atOffset(ZoneOffset.UTC);
    inTransaction(
        () -> {
          em.persist(job);
          return null;
        });
    return job.id;
  }

  @Test
  void aLetterSurvivesTheQueueUnchanged() {
    assertThat(LetterJson.read(LetterJson.write(letter()))).isEqualTo(letter());
  }

  @Test
  void aRewordedSignatoryAndContactLineSurviveTheQueue() {
    Letter letter =
        Letter.builder()
            .kind("K")
            .reference("R")
            .date(LocalDate.of(2026, 1, 5))
            .subject("S")
            .onBehalfOf("namens de Minister van Financiën, Dienst Toeslagen, team Fraude")
            .contact("Bel 0800 - 0543.")
            .build();

    Letter read = LetterJson.read(LetterJson.write(letter));

    assertThat(read).isEqualTo(letter);
    assertThat(read.onBehalfOf()).endsWith("team Fraude");
    assertThat(read.contact()).isEqualTo("Bel 0800 - 0543.");
  }

  @Test
  void aLetterQueuedBeforeTheClosingLinesExistedGetsTheStandardLines() {
    // A job written by the previous version has no "onBehalfOf" and no "contact".
    String old =
        "{\"kind\":\"K\",\"reference\":\"R\",\"date\":\"2026-01-05\",\"recipientAddress\":[],"
            + "\"salutation\":\"Geachte heer/mevrouw,\",\"subject\":\"S\",\"sections\":[],"
            + "\"closing\":\"Met vriendelijke groet,\",\"footer\":[]}";

    Letter read = LetterJson.read(old);

    assertThat(read.onBehalfOf()).isEqualTo(Letter.ON_BEHALF_OF);
    assertThat(read.contact()).isEqualTo(Letter.CONTACT);
  }

  @Test
  void aJobRunTwiceStoresOneLetterAndAuditsItOnce() {
    String job = queue("TERM_CHANGE_1");

    boolean first = inTransaction(() -> worker.process(job));
    boolean second = inTransaction(() -> worker.process(job));

    assertThat(first).isTrue();
    assertThat(second).isFalse();
    assertThat(store.forOwner("OBJECTION", "CASE-1")).hasSize(1);
    String documentId = store.forOwner("OBJECTION", "CASE-1").get(0).id();
    assertThat(new String(store.content(documentId), 0, 5)).isEqualTo("%PDF-");
    assertThat(audited).hasSize(1);
    assertThat(audited.get(0).action()).isEqualTo("LETTER_CREATED");
    assertThat(audited.get(0).reasons()).isEqualTo("OBJECTION_TERM_CHANGE " + documentId);
    assertThat(em.find(LetterJobEntity.class, job).status).isEqualTo(LetterJobs.DONE);
    assertThat(inTransaction(() -> worker.pending())).isEmpty();
  }

  @Test
  void aJobForAnEventThatAlreadyHasItsLetterStoresNoSecondCopy() {
    String job = queue("TERM_CHANGE_2");
    inTransaction(
        () ->
            store.store(
                "OBJECTION",
                "CASE-1",
                "TERM_CHANGE_2",
                "OBJECTION_TERM_CHANGE",
                "brief.pdf",
                new LetterRenderer(CLOCK).render(letter())));

    inTransaction(() -> worker.process(job));

    assertThat(store.forOwner("OBJECTION", "CASE-1")).hasSize(1);
    assertThat(audited).isEmpty();
    assertThat(em.find(LetterJobEntity.class, job).status).isEqualTo(LetterJobs.DONE);
  }

  @Test
  void aJobThatKeepsFailingIsRetriedAndThenGivenUp() {
    String job = queue("TERM_CHANGE_3");

    for (int i = 1; i < LetterJobs.MAX_ATTEMPTS; i++) {
      inTransaction(
          () -> {
            worker.failed(job, "disk full");
            return null;
          });
      assertThat(inTransaction(() -> worker.pending())).containsExactly(job);
    }
    inTransaction(
        () -> {
          worker.failed(job, "disk full");
          return null;
        });

    LetterJobEntity row = em.find(LetterJobEntity.class, job);
    assertThat(row.status).isEqualTo(LetterJobs.FAILED);
    assertThat(row.lastError).isEqualTo("disk full");
    assertThat(inTransaction(() -> worker.pending())).isEmpty();
  }

  /** Collects fired events; the container would deliver them to the audit log. */
  private record RecordingEvent(List<AuditEvent> events) implements Event<AuditEvent> {
    @Override
    public void fire(AuditEvent event) {
      events.add(event);
    }

    @Override
    public <U extends AuditEvent> CompletionStage<U> fireAsync(U event) {
      throw new UnsupportedOperationException();
    }

    @Override
    public <U extends AuditEvent> CompletionStage<U> fireAsync(
        U event, NotificationOptions options) {
      throw new UnsupportedOperationException();
    }

    @Override
    public Event<AuditEvent> select(Annotation... qualifiers) {
      return this;
    }

    @Override
    public <U extends AuditEvent> Event<U> select(Class<U> subtype, Annotation... qualifiers) {
      throw new UnsupportedOperationException();
    }

    @Override
    public <U extends AuditEvent> Event<U> select(
        TypeLiteral<U> subtype, Annotation... qualifiers) {
      throw new UnsupportedOperationException();
    }
  }
}
