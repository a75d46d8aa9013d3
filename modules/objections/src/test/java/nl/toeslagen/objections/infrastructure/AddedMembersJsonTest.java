package nl.toeslagen.objections.infrastructure;

import static java.time.LocalDate.parse;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.time.LocalDateTime;
import java.util.Set;
import nl.toeslagen.objections.domain.ContactOutcome;
import nl.toeslagen.objections.domain.GroundSource;
import nl.toeslagen.objections.domain.Hearing;
import nl.toeslagen.objections.domain.HearingMode;
import nl.toeslagen.objections.domain.Objection;
import nl.toeslagen.objections.domain.ObjectionFixtures;
import nl.toeslagen.objections.domain.WithdrawalChannel;
import org.junit.jupiter.api.Test;

/**
 * The members issue 9 added to the case document (added grounds, the withdrawal, the short-notice
 * agreement) are stored, and optional on read: a document without them reads as before.
 */
class AddedMembersJsonTest {

  private static Objection withEverything() {
    Objection o = ObjectionFixtures.received();
    o.assessAdmissibility(Set.of(), null, parse("2024-02-12"));
    o.recordContact(new ContactOutcome(parse("2024-02-12"), true, "Horen", false, false));
    o.scheduleHearing(
        Hearing.scheduled(
            LocalDateTime.parse("2024-02-14T10:00"), HearingMode.VIDEO, "Teams", true, "Akkoord"),
        parse("2024-02-12"));
    o.addGround(
        "Na de brief", parse("2024-02-13"), GroundSource.WRITTEN, "b1", parse("2024-02-13"));
    o.withdraw(WithdrawalChannel.WRITTEN, parse("2024-02-13"), "Brief", parse("2024-02-14"));
    return o;
  }

  @Test
  void addedGroundsTheWithdrawalAndTheShortNoticeAgreementAreStoredAndRestored() {
    Objection o = withEverything();
    Objection.Memento back = ObjectionJson.read(ObjectionJson.write(o.memento()));
    assertThat(back).isEqualTo(o.memento());
    assertThat(back.addedGrounds()).hasSize(1);
    assertThat(back.withdrawal().channel()).isEqualTo(WithdrawalChannel.WRITTEN);
    assertThat(back.hearing().shortNoticeConsent()).isEqualTo("Akkoord");
  }

  @Test
  void aDocumentWithoutTheNewMembersReadsAsNoneWithTheSameSchemaVersion() {
    JsonObject stored =
        Json.createReader(new StringReader(ObjectionJson.write(withEverything().memento())))
            .readObject();
    JsonObject hearing =
        Json.createObjectBuilder(stored.getJsonObject("hearing"))
            .remove("shortNoticeConsent")
            .build();
    String old =
        Json.createObjectBuilder(stored)
            .remove("addedGrounds")
            .remove("withdrawal")
            .add("hearing", hearing)
            .build()
            .toString();
    Objection back = Objection.restore(ObjectionJson.read(old));
    assertThat(back.addedGrounds()).isEmpty();
    assertThat(back.withdrawal()).isNull();
    assertThat(back.hearing().shortNoticeConsent()).isNull();
    assertThat(back.grounds()).isEqualTo(back.intake().grounds());
    assertThat(stored.getInt("schemaVersion")).isEqualTo(2);
  }
}
