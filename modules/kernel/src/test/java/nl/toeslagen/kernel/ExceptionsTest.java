package nl.toeslagen.kernel;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ExceptionsTest {

  @Test
  void notFoundNamesTheObjectInDutchAndEnglish() {
    NotFoundException e = new NotFoundException("Objection", "abc");
    assertThat(e.objectType()).isEqualTo("Objection");
    assertThat(e.id()).isEqualTo("abc");
    assertThat(e.messageNl()).isEqualTo("Er is geen Objection gevonden met kenmerk abc.");
    assertThat(e.getMessage()).isEqualTo("No Objection found with id abc.");
  }

  @Test
  void conflictCarriesBothMessagesAndIsUnchecked() {
    ConflictException e = new ConflictException("Al beslist.", "Already decided.");
    assertThat(e).isInstanceOf(RuntimeException.class).isInstanceOf(DomainException.class);
    assertThat(e.messageNl()).isEqualTo("Al beslist.");
    assertThat(e.messageEn()).isEqualTo("Already decided.");
    assertThat(e.getMessage()).isEqualTo("Already decided.");
  }

  @Test
  void validationNamesTheField() {
    ValidationException e =
        new ValidationException("receivedOn", "Datum ontbreekt.", "Date missing.");
    assertThat(e.field()).isEqualTo("receivedOn");
    assertThat(e.getMessage()).isEqualTo("Date missing.");
  }

  @Test
  void policyViolationCanNameTheObjectTheRefusedActionWasAbout() {
    PolicyDecision refused = PolicyDecision.refuse("FourEyes", "Niet uzelf.", "Not yourself.");
    PolicyViolationException plain = new PolicyViolationException(refused);
    assertThat(plain.objectType()).isNull();
    assertThat(plain.objectId()).isNull();

    PolicyViolationException named = plain.about("SIGNAL", "s-1");
    assertThat(named.objectType()).isEqualTo("SIGNAL");
    assertThat(named.objectId()).isEqualTo("s-1");
    assertThat(named.decision()).isSameAs(refused);
    assertThat(named.messageNl()).isEqualTo("Niet uzelf.");
  }
}
