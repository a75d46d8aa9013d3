package nl.toeslagen.hardship.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import nl.toeslagen.kernel.Actor;
import nl.toeslagen.kernel.Bsn;
import nl.toeslagen.kernel.CaseNumber;
import nl.toeslagen.kernel.ConflictException;
import nl.toeslagen.kernel.LegalCalendar;
import nl.toeslagen.kernel.PolicyViolationException;
import nl.toeslagen.kernel.Role;
import org.junit.jupiter.api.Test;

/**
 * The rules of one hardship request: the track from its urgency, deadlines on the legal calendar,
 * the reasoning a grant needs, the signal for policy, four eyes on a refusal or partial grant, the
 * emergency payment's second approver, and collection paused while it is open.
 */
class HardshipRequestTest {

  private static final Instant NOW = Instant.parse("2026-12-04T09:00:00Z");
  private static final LocalDate THURSDAY = LocalDate.of(2026, 12, 3);
  private static final LocalDate FRIDAY = LocalDate.of(2026, 12, 4);
  private static final Actor HANDLER = Actor.of("behandelaar1", Role.BEHANDELAAR);
  private static final Actor ASSESSOR = Actor.of("behandelaar2", Role.BEHANDELAAR);
  private static final Actor REVIEWER = Actor.of("vaktechniek1", Role.VAKTECHNIEK);
  private static final TriageDeadlinePolicy DEADLINES =
      new TriageDeadlinePolicy(LegalCalendar.standard());

  private static HardshipRequest request(
      HardshipKind kind, Set<UrgencySignal> urgency, LocalDate on) {
    return HardshipRequest.register(
        HardshipRequestId.generate(),
        new CaseNumber("HH", 2026, 1),
        Bsn.of("111222333"),
        BenefitType.HUURTOESLAG,
        "TV-1",
        120_000,
        kind,
        "Geen inkomen",
        urgency,
        HANDLER,
        NOW,
        on,
        DEADLINES);
  }

  private static Steps.Assessment assessment(
      HardshipOutcome outcome,
      Long relief,
      boolean unforeseen,
      boolean disproportionate,
      PolicySignalCategory signal) {
    return new Steps.Assessment(
        "Feiten",
        "Awir art. 3",
        unforeseen,
        disproportionate,
        outcome,
        outcome == HardshipOutcome.AFGEWEZEN ? null : "Deel vervalt",
        relief,
        null,
        null,
        "Motivering",
        signal,
        null,
        ASSESSOR.userName(),
        NOW);
  }

  @Test
  void anUrgencySignalPutsTheRequestOnTheUrgentTrackWithASameDayContact() {
    HardshipRequest r =
        request(HardshipKind.MATIGING, EnumSet.of(UrgencySignal.UITZETTING), THURSDAY);
    assertThat(r.track()).isEqualTo(Track.URGENT);
    assertThat(r.triageDeadline()).isEqualTo(FRIDAY);
    assertThat(r.urgentContactDeadline()).isEqualTo(THURSDAY);
    assertThat(r.open()).isTrue();
    assertThat(new CollectionPausePolicy().paused(r).reasonNl()).contains("gepauzeerd");
  }

  @Test
  void aRequestOnFridayIsTriagedByMondayAndOneOnSaturdayByTuesday() {
    assertThat(request(HardshipKind.MATIGING, Set.of(), FRIDAY).triageDeadline())
        .isEqualTo(LocalDate.of(2026, 12, 7));
    HardshipRequest saturday =
        request(
            HardshipKind.MATIGING,
            EnumSet.of(UrgencySignal.GEEN_INKOMEN),
            LocalDate.of(2026, 12, 5));
    assertThat(saturday.triageDeadline()).isEqualTo(LocalDate.of(2026, 12, 7));
    assertThat(saturday.urgentContactDeadline()).isEqualTo(LocalDate.of(2026, 12, 7));
  }

  @Test
  void aRequestWithASignalCannotBeTriagedIntoTheRegularQueue() {
    HardshipRequest r = request(HardshipKind.MATIGING, Set.of(), THURSDAY);
    assertThatThrownBy(
            () ->
                r.triage(
                    Track.REGULAR,
                    EnumSet.of(UrgencySignal.HUISELIJK_GEWELD),
                    "Gesprek",
                    HANDLER,
                    NOW,
                    THURSDAY,
                    DEADLINES))
        .isInstanceOf(PolicyViolationException.class)
        .hasFieldOrPropertyWithValue("field", "track");
    r.triage(
        Track.URGENT,
        EnumSet.of(UrgencySignal.HUISELIJK_GEWELD),
        "Gesprek",
        HANDLER,
        NOW,
        THURSDAY,
        DEADLINES);
    assertThat(r.status()).isEqualTo(HardshipStatus.URGENT_CONTACT);
    assertThat(r.urgentContactDeadline()).isEqualTo(THURSDAY);
    assertThat(r.allUrgency()).containsExactly(UrgencySignal.HUISELIJK_GEWELD);
  }

  @Test
  void triageNeedsReasonsAndHappensOnce() {
    HardshipRequest r = request(HardshipKind.MATIGING, Set.of(), THURSDAY);
    assertThatThrownBy(
            () -> r.triage(Track.REGULAR, Set.of(), " ", HANDLER, NOW, THURSDAY, DEADLINES))
        .isInstanceOf(PolicyViolationException.class)
        .hasFieldOrPropertyWithValue("field", "reasons");
    r.triage(Track.REGULAR, Set.of(), "Geen spoed", HANDLER, NOW, THURSDAY, DEADLINES);
    assertThatThrownBy(
            () -> r.triage(Track.REGULAR, Set.of(), "Nog eens", HANDLER, NOW, THURSDAY, DEADLINES))
        .isInstanceOf(ConflictException.class);
  }

  @Test
  void theHardshipClauseIsGrantedOnlyForAnUnforeseenAndUnintendedConsequence() {
    HardshipRequest r = regular(HardshipKind.HARDHEIDSCLAUSULE);
    assertThatThrownBy(
            () ->
                r.assess(
                    assessment(HardshipOutcome.TOEGEKEND, 120_000L, false, false, null), THURSDAY))
        .isInstanceOf(PolicyViolationException.class)
        .hasFieldOrPropertyWithValue("field", "unforeseenUnintended");
    r.assess(assessment(HardshipOutcome.TOEGEKEND, 120_000L, true, false, null), THURSDAY);
    assertThat(r.status()).isEqualTo(HardshipStatus.DECIDED);
    assertThat(r.open()).isFalse();
  }

  @Test
  void moderationNeedsDisproportionalityAndTheReliefMustFitTheOutcome() {
    HardshipRequest r = regular(HardshipKind.MATIGING);
    assertThatThrownBy(
            () ->
                r.assess(
                    assessment(HardshipOutcome.DEELS_TOEGEKEND, 40_000L, false, false, null),
                    THURSDAY))
        .hasFieldOrPropertyWithValue("field", "disproportionate");
    assertThatThrownBy(
            () ->
                r.assess(
                    assessment(HardshipOutcome.DEELS_TOEGEKEND, 120_000L, false, true, null),
                    THURSDAY))
        .hasFieldOrPropertyWithValue("field", "reliefCents");
    assertThatThrownBy(
            () ->
                r.assess(
                    assessment(HardshipOutcome.TOEGEKEND, 120_001L, false, true, null), THURSDAY))
        .hasFieldOrPropertyWithValue("field", "reliefCents");
    assertThatThrownBy(
            () -> r.assess(assessment(HardshipOutcome.AFGEWEZEN, 1L, false, true, null), THURSDAY))
        .hasFieldOrPropertyWithValue("field", "reliefCents");
  }

  @Test
  void aFullGrantIsNoSignalForPolicyARefusalMayBe() {
    HardshipRequest r = regular(HardshipKind.MATIGING);
    assertThatThrownBy(
            () ->
                r.assess(
                    assessment(
                        HardshipOutcome.TOEGEKEND,
                        0L,
                        false,
                        true,
                        PolicySignalCategory.VERMOGENSGRENS),
                    THURSDAY))
        .hasFieldOrPropertyWithValue("field", "policySignal");
    r.assess(
        assessment(
            HardshipOutcome.AFGEWEZEN, null, false, false, PolicySignalCategory.VERMOGENSGRENS),
        THURSDAY);
    assertThat(r.status()).isEqualTo(HardshipStatus.REVIEW);
  }

  @Test
  void aRefusalIsReviewedByTheProfessionalLineByNobodyWhoTookAStep() {
    HardshipRequest r = regular(HardshipKind.MATIGING);
    r.assess(assessment(HardshipOutcome.AFGEWEZEN, null, false, false, null), THURSDAY);
    Actor handlerWithBothRoles = Actor.of("behandelaar2", Role.BEHANDELAAR, Role.VAKTECHNIEK);
    assertThatThrownBy(() -> r.review(true, "Akkoord", handlerWithBothRoles, NOW))
        .isInstanceOf(PolicyViolationException.class)
        .hasMessageContaining("took a step");
    assertThatThrownBy(
            () -> r.review(true, "Akkoord", Actor.of("teamleider1", Role.TEAMLEIDER), NOW))
        .isInstanceOf(PolicyViolationException.class);
    r.review(false, "Motiveer de onevenredigheid", REVIEWER, NOW);
    assertThat(r.status()).isEqualTo(HardshipStatus.ASSESSMENT);
    r.assess(assessment(HardshipOutcome.AFGEWEZEN, null, false, false, null), THURSDAY);
    r.review(true, "Akkoord", Actor.of("vaktechniek2", Role.VAKTECHNIEK), NOW);
    assertThat(r.status()).isEqualTo(HardshipStatus.DECIDED);
    assertThat(r.decision()).isPresent();
  }

  @Test
  void anEmergencyPaymentIsUrgentCappedAndApprovedBySomeoneElseWhoMay() {
    HardshipRequest urgent =
        request(HardshipKind.MATIGING, EnumSet.of(UrgencySignal.AFSLUITING_ENERGIE), THURSDAY);
    Set<Role> leader = Set.of(Role.TEAMLEIDER);
    assertThatThrownBy(
            () ->
                urgent.recordEmergencyPayment(
                    250_001, "teamleider1", leader, "Energie", HANDLER, NOW))
        .hasFieldOrPropertyWithValue("field", "amountCents");
    assertThatThrownBy(
            () ->
                urgent.recordEmergencyPayment(
                    10_000, "behandelaar1", Set.of(Role.BEHANDELAAR), "Energie", HANDLER, NOW))
        .hasFieldOrPropertyWithValue("field", "approver");
    assertThatThrownBy(
            () ->
                urgent.recordEmergencyPayment(
                    10_000, "behandelaar2", Set.of(Role.BEHANDELAAR), "Energie", HANDLER, NOW))
        .hasFieldOrPropertyWithValue("field", "approver");
    urgent.recordEmergencyPayment(250_000, "teamleider1", leader, "Energie", HANDLER, NOW);
    assertThat(urgent.emergencyPayments()).hasSize(1);
    assertThat(urgent.participants()).contains("teamleider1");
    HardshipRequest regular = request(HardshipKind.MATIGING, Set.of(), THURSDAY);
    assertThatThrownBy(
            () ->
                regular.recordEmergencyPayment(
                    10_000, "teamleider1", leader, "Energie", HANDLER, NOW))
        .isInstanceOf(PolicyViolationException.class);
  }

  @Test
  void unknownCodesAndAbsurdAmountsAreRefusedNamingTheField() {
    HardshipInputPolicy input = new HardshipInputPolicy();
    assertThatThrownBy(() -> input.code(HardshipKind.class, "kind", "KWIJTSCHELDING"))
        .hasFieldOrPropertyWithValue("field", "kind");
    assertThatThrownBy(() -> input.amount("recoveryAmountCents", -1L))
        .hasFieldOrPropertyWithValue("field", "recoveryAmountCents");
    assertThatThrownBy(() -> input.amount("recoveryAmountCents", 1_000_000_001L))
        .hasFieldOrPropertyWithValue("field", "recoveryAmountCents");
    assertThat(input.amount("recoveryAmountCents", 1_000_000_000L)).isEqualTo(1_000_000_000L);
    assertThatThrownBy(() -> input.bsn("bsn", "123456789"))
        .hasFieldOrPropertyWithValue("field", "bsn");
  }

  private static HardshipRequest regular(HardshipKind kind) {
    HardshipRequest r = request(kind, Set.of(), THURSDAY);
    r.triage(Track.REGULAR, Set.of(), "Geen spoed", HANDLER, NOW, THURSDAY, DEADLINES);
    return r;
  }
}
