package nl.toeslagen.hardship.infrastructure;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import nl.toeslagen.hardship.domain.HardshipRequest;
import nl.toeslagen.hardship.domain.Steps;
import nl.toeslagen.hardship.domain.UrgencySignal;

/**
 * The JSON document of a hardship request's steps (JSON-B, the domain's public records as they
 * are). Version {@value #STATE_VERSION}: a later change of its shape adds an upcaster from this
 * version, as the objections' document does (ADR 0016).
 */
public final class HardshipJson {

  static final int STATE_VERSION = 1;

  static final Jsonb JSONB = JsonbBuilder.create(new JsonbConfig().withNullValues(false));

  /** What a request holds besides its columns. */
  public record State(
      String circumstances,
      Set<UrgencySignal> urgency,
      String registeredBy,
      LocalDate urgentContactDeadline,
      Steps.Triage triage,
      Steps.UrgentContact contact,
      List<Steps.EmergencyPayment> emergencyPayments,
      List<Steps.Referral> referrals,
      List<Steps.Assessment> assessments,
      List<Steps.Review> reviews,
      List<Steps.Escalation> escalations) {

    static State of(HardshipRequest r) {
      return new State(
          r.circumstances(),
          r.urgency(),
          r.registeredBy(),
          r.urgentContactDeadline(),
          r.triageStep(),
          r.contact(),
          r.emergencyPayments(),
          r.referrals(),
          r.assessments(),
          r.reviews(),
          r.escalations());
    }
  }

  private HardshipJson() {}

  static String write(State state) {
    return JSONB.toJson(state);
  }

  static State read(int version, String json) {
    if (version != STATE_VERSION) {
      throw new IllegalStateException("hardship document version " + version + " has no upcaster");
    }
    return JSONB.fromJson(json, State.class);
  }
}
