package nl.toeslagen.documents.application;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import nl.toeslagen.audit.api.AuditEvent;
import nl.toeslagen.audit.api.Outcome;
import nl.toeslagen.documents.api.DocumentArchive;
import nl.toeslagen.documents.api.StoredDocument;
import nl.toeslagen.documents.domain.DocumentIntegrityException;
import nl.toeslagen.documents.domain.DocumentRepository;
import nl.toeslagen.kernel.NotFoundException;
import nl.toeslagen.kernel.ValidationException;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Stores generated documents (letters) once per event: storing the same owner and event again
 * returns the document stored the first time, so a retried step never sends a second letter. The
 * bytes go to {@code <data dir>/documents/<yyyy>/<id>.pdf}; the metadata with the SHA-256 goes to
 * {@code doc_document}. Reading checks the SHA-256 and refuses a file that changed.
 */
@ApplicationScoped
@Transactional
public class DocumentStore implements DocumentArchive {

  /** Object type used in {@link NotFoundException}. */
  public static final String OBJECT_TYPE = "document";

  private static final Logger LOG = Logger.getLogger(DocumentStore.class.getName());
  private static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");

  @Inject DocumentRepository repository;

  @Inject
  @ConfigProperty(name = "toeslagen.data.dir", defaultValue = "./toeslagen-data")
  String dataDir;

  @Resource TransactionSynchronizationRegistry transactions;

  @Inject Event<AuditEvent> audit;

  private Clock clock = Clock.systemUTC();

  /** For CDI. */
  public DocumentStore() {}

  /** Outside a container (tests, tools): no transaction callbacks. */
  public DocumentStore(DocumentRepository repository, Path dataDir, Clock clock) {
    this.repository = Objects.requireNonNull(repository, "repository");
    this.dataDir = dataDir.toString();
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  /**
   * Stores a PDF for an event of an owner, or returns the document already stored for that event.
   *
   * @param ownerType what the document belongs to, e.g. {@code "OBJECTION"} (max. 40 characters)
   * @param ownerId id of the owner, e.g. the case id (max. 64)
   * @param eventKey the event the document is for, e.g. {@code "ACKNOWLEDGED"} (max. 120)
   * @param kind document kind, e.g. {@code "OBJECTION_ACKNOWLEDGEMENT"} (max. 60)
   * @param fileName file name for downloads, without directories (max. 200)
   * @param pdf the content; must be a PDF
   * @return the stored document (the existing one when the event was stored before)
   * @throws ValidationException when an argument is missing, too long or not a PDF
   */
  public StoredDocument store(
      String ownerType, String ownerId, String eventKey, String kind, String fileName, byte[] pdf) {
    requireText("ownerType", ownerType, 40);
    requireText("ownerId", ownerId, 64);
    requireText("eventKey", eventKey, 120);
    requireText("kind", kind, 60);
    requireText("fileName", fileName, 200);
    if (fileName.contains("/") || fileName.contains("\\")) {
      throw new ValidationException(
          "fileName",
          "Een bestandsnaam mag geen / of \\ bevatten.",
          "A file name must not contain / or \\.");
    }
    if (pdf == null || pdf.length < 5 || !new String(pdf, 0, 5).equals("%PDF-")) {
      throw new ValidationException(
          "pdf", "Het document is geen PDF-bestand.", "The document is not a PDF file.");
    }

    Optional<StoredDocument> existing = repository.findByEvent(ownerType, ownerId, eventKey);
    if (existing.isPresent()) {
      return existing.get();
    }

    String id = UUID.randomUUID().toString();
    Instant now = clock.instant();
    String storagePath = "documents/" + now.atZone(ZONE).getYear() + "/" + id + ".pdf";
    Path file = resolve(storagePath);
    write(file, pdf);
    StoredDocument document =
        new StoredDocument(
            id,
            ownerType,
            ownerId,
            eventKey,
            kind,
            fileName,
            storagePath,
            pdf.length,
            sha256(pdf),
            now);
    try {
      repository.insert(document);
    } catch (RuntimeException e) {
      deleteQuietly(file);
      throw e;
    }
    deleteWhenRolledBack(file);
    return document;
  }

  /** The document stored for an event of an owner, if any. */
  public Optional<StoredDocument> findByEvent(String ownerType, String ownerId, String eventKey) {
    return repository.findByEvent(ownerType, ownerId, eventKey);
  }

  /** The metadata of a document, if it exists. */
  @Override
  public Optional<StoredDocument> find(String id) {
    if (id == null || id.isBlank()) {
      return Optional.empty();
    }
    return repository.findById(id);
  }

  /** All documents of an owner, oldest first. */
  @Override
  public List<StoredDocument> forOwner(String ownerType, String ownerId) {
    return repository.findByOwner(ownerType, ownerId);
  }

  /**
   * The content of a document, after checking it against the stored size and SHA-256.
   *
   * @throws NotFoundException when no document has this id
   * @throws DocumentIntegrityException when the file is missing or was changed
   */
  @Override
  public byte[] content(String id) {
    StoredDocument document = find(id).orElseThrow(() -> new NotFoundException(OBJECT_TYPE, id));
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(resolve(document.storagePath()));
    } catch (NoSuchFileException e) {
      throw new DocumentIntegrityException(id, "file missing");
    } catch (IOException e) {
      throw new UncheckedIOException("Could not read document " + id, e);
    }
    if (bytes.length != document.sizeBytes() || !sha256(bytes).equals(document.sha256())) {
      LOG.severe(() -> "SHA-256 mismatch for document " + id + " at " + document.storagePath());
      throw new DocumentIntegrityException(id, "SHA-256 mismatch");
    }
    return bytes;
  }

  /**
   * Deletes a document: its metadata now, its file once the transaction commits (at once outside a
   * transaction), so that a rollback keeps both. Audited as {@code DOCUMENT_DELETED}, without the
   * content. Used when personal data must not outlive its retention date.
   *
   * @param id the document
   * @param actor who deletes it (user name, or {@code "systeem"} for a scheduled job)
   * @param legalBasis why the law requires or allows the deletion; may be null
   * @param reason why it is deleted (in the audit trail)
   * @throws NotFoundException when no document has this id
   */
  @Override
  public void delete(String id, String actor, String legalBasis, String reason) {
    StoredDocument document = find(id).orElseThrow(() -> new NotFoundException(OBJECT_TYPE, id));
    repository.delete(id);
    Path file = resolve(document.storagePath());
    if (transactions == null || transactions.getTransactionKey() == null) {
      deleteQuietly(file);
    } else {
      transactions.registerInterposedSynchronization(
          new Synchronization() {
            @Override
            public void beforeCompletion() {}

            @Override
            public void afterCompletion(int status) {
              if (status == Status.STATUS_COMMITTED) {
                deleteQuietly(file);
              }
            }
          });
    }
    if (audit != null) {
      audit.fire(
          new AuditEvent(
              actor,
              null,
              "DOCUMENT_DELETED",
              "DOCUMENT",
              id,
              Outcome.SUCCESS,
              legalBasis,
              document.kind()
                  + " van/of "
                  + document.ownerType()
                  + " "
                  + document.ownerId()
                  + ": "
                  + reason));
    }
  }

  private Path root() {
    return Path.of(dataDir).toAbsolutePath().normalize();
  }

  private Path resolve(String storagePath) {
    Path root = root();
    Path file = root.resolve(storagePath).normalize();
    if (!file.startsWith(root)) {
      throw new IllegalStateException("Storage path outside the data directory: " + storagePath);
    }
    return file;
  }

  private static void write(Path file, byte[] bytes) {
    try {
      Files.createDirectories(file.getParent());
      Path tmp = Files.createTempFile(file.getParent(), ".tmp-", ".pdf");
      try {
        Files.write(tmp, bytes);
        Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE);
      } finally {
        Files.deleteIfExists(tmp);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Could not write " + file, e);
    }
  }

  /** When the surrounding transaction rolls back, the metadata is gone: remove the file too. */
  private void deleteWhenRolledBack(Path file) {
    if (transactions == null || transactions.getTransactionKey() == null) {
      return;
    }
    transactions.registerInterposedSynchronization(
        new Synchronization() {
          @Override
          public void beforeCompletion() {}

          @Override
          public void afterCompletion(int status) {
            if (status != Status.STATUS_COMMITTED) {
              deleteQuietly(file);
            }
          }
        });
  }

  private static void deleteQuietly(Path file) {
    try {
      Files.deleteIfExists(file);
    } catch (IOException e) {
      LOG.log(Level.WARNING, "Could not remove orphaned document file " + file, e);
    }
  }

  static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void requireText(String field, String value, int max) {
    if (value == null || value.isBlank()) {
      throw new ValidationException(field, field + " is verplicht.", field + " is required.");
    }
    if (value.length() > max) {
      throw new ValidationException(
          field,
          field + " mag hoogstens " + max + " tekens lang zijn.",
          field + " must be at most " + max + " characters long.");
    }
  }
}
