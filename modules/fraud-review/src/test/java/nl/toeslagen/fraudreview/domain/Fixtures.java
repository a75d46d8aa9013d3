package nl.toeslagen.fraudreview.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.toeslagen.kernel.Actor;
import nl.toeslagen.kernel.Bsn;
import nl.toeslagen.kernel.Laws;
import nl.toeslagen.kernel.Money;
import nl.toeslagen.kernel.Role;

/** Test people and a helper that drives a signal through its phases. */
final class Fixtures {

  static final LocalDate TODAY = LocalDate.of(2025, 3, 10);
  static final Instant NOW = Instant.parse("2025-03-10T09:00:00Z");

  static final Actor ANNA = Actor.of("anna", Role.TOEZICHT);
  static final Actor BRAM = Actor.of("bram", Role.TOEZICHT);
  static final Actor CARLA = Actor.of("carla", Role.TOEZICHT);
  static final Actor DIRK = Actor.of("dirk", Role.TOEZICHT);
  static final Actor VERA = Actor.of("vera", Role.VAKTECHNIEK);
  static final Actor VICTOR = Actor.of("victor", Role.VAKTECHNIEK);
  static final Actor BEHANDELAAR = Actor.of("bob", Role.BEHANDELAAR);

  private static int clock;

  private Fixtures() {}

  static Signal newSignal() {
    return Signal.register(
        SignalId.generate(),
        new nl.toeslagen.kernel.CaseNumber("TZ", 2026, 1),
        Bsn.of("111222333"),
        BenefitType.KINDEROPVANGTOESLAG,
        SignalSource.TIP,
        "Melding dat de opvanguren hoger zijn opgegeven dan afgenomen.",
        "Awir art. 40 en AVG art. 6 lid 1 sub e",
        TODAY.plusYears(2),
        ANNA,
        NOW,
        TODAY);
  }

  static Instant tick() {
    return NOW.plusSeconds(++clock);
  }

  static Determination propose(Signal signal, Actor author, Conclusion conclusion) {
    return propose(signal, author, conclusion, null);
  }

  static Determination propose(
      Signal signal, Actor author, Conclusion conclusion, FineRequest fine) {
    return signal.propose(
        UUID.randomUUID().toString(),
        new DeterminationDraft(
            conclusion.phase(),
            conclusion,
            "Onderbouwing bij " + conclusion,
            List.of("Feit bij " + conclusion),
            List.of(Laws.awir("41")),
            null,
            fine),
        author,
        tick(),
        TODAY);
  }

  static Determination approve(Signal signal, Determination d, Actor reviewer) {
    return signal.review(d.id(), reviewer, true, "Eens met " + d.conclusion(), tick());
  }

  /** Relevant (anna, approved by bram) and wrong award (carla, approved by bram). */
  static Signal inIntentPhase() {
    Signal s = newSignal();
    approve(s, propose(s, ANNA, Conclusion.RELEVANT), BRAM);
    approve(s, propose(s, CARLA, Conclusion.TOEKENNING_ONJUIST), BRAM);
    return s;
  }

  /** Intent established by bram, approved by vera; zienswijze not yet recorded. */
  static Signal culpable() {
    Signal s = inIntentPhase();
    approve(s, propose(s, BRAM, Conclusion.OPZET), VERA);
    return s;
  }

  static Zienswijze zienswijze() {
    return new Zienswijze(
        TODAY.minusWeeks(3), TODAY, true, "De burger zegt de regels niet te kennen.", "bram");
  }

  static FineRequest fine(long recoveryCents, int percentage) {
    return new FineRequest(Money.ofCents(recoveryCents), percentage, null, false, "RAP-2025-17");
  }
}
