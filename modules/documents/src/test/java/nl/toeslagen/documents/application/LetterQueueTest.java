package nl.toeslagen.documents.application;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import nl.toeslagen.documents.api.Letter;
import nl.toeslagen.documents.api.LetterOutbox;
import org.junit.jupiter.api.Test;

class LetterQueueTest {

  @Test
  void aDraftIsNeverQueued() {
    Letter draft =
        Letter.builder()
            .kind("OBJECTION_DECISION")
            .reference("BZ-2026-000001")
            .date(LocalDate.of(2026, 3, 2))
            .subject("Beslissing op uw bezwaar")
            .build()
            .asDraft();
    // refused before anything is looked up or stored
    assertThatThrownBy(
            () ->
                new LetterQueue()
                    .send(
                        "OBJECTION",
                        "1",
                        "DECISION",
                        "beslissing.pdf",
                        draft,
                        new LetterOutbox.AuditNote("LETTER_CREATED", null, "x")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("draft");
  }
}
