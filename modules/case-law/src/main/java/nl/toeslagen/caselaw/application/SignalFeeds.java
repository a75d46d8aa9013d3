package nl.toeslagen.caselaw.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.Locale;
import nl.toeslagen.caselaw.application.SignalIntake.NewSignal;
import nl.toeslagen.caselaw.domain.SignalCaseType;
import nl.toeslagen.caselaw.domain.SignalObjectionCategories;
import nl.toeslagen.caselaw.domain.SignalSource;
import nl.toeslagen.hardship.api.HardshipPolicySignalRecorded;
import nl.toeslagen.objections.api.ObjectionRegistered;

/**
 * What feeds the register by itself, each in the transaction of the change that caused it
 * (synchronous CDI events): a ruling (partly) lost by the agency ({@link RulingRegistered}), a
 * hardship request's signal for policy, and every objection received, categorised by the type of
 * decision contested ({@link SignalObjectionCategories}). None of them carries a citizen number.
 */
@ApplicationScoped
public class SignalFeeds {

  /** The category of a ruling the agency lost or partly lost. */
  public static final String LOST_RULING = "VERLOREN_UITSPRAAK";

  @Inject SignalService signals;

  /**
   * A ruling VERLOREN or DEELS for the agency is a signal (source UITSPRAAK), its ECLI the case.
   */
  void onRuling(@Observes RulingRegistered ruling) {
    String outcome = ruling.outcomeForAgency();
    if (!"VERLOREN".equals(outcome) && !"DEELS".equals(outcome)) {
      return;
    }
    signals.raise(
        new NewSignal(
            SignalSource.UITSPRAAK.name(),
            LOST_RULING,
            ruling.date(),
            SignalCaseType.RULING.name(),
            ruling.rulingId(),
            ruling.ecli(),
            ("VERLOREN".equals(outcome) ? "Uitspraak verloren: " : "Uitspraak deels verloren: ")
                + ruling.ecli()
                + " ("
                + ruling.court()
                + ")"
                + (ruling.summary() == null ? "" : " — " + ruling.summary().strip())));
  }

  /**
   * A hardship request's signal for policy (source HARDHEIDSVERZOEK, the category its {@code
   * PolicySignalCategory}); once per request and category (a reassessment after the review sent it
   * back records the same signal again).
   */
  void onHardshipPolicySignal(@Observes HardshipPolicySignalRecorded event) {
    if (signals.recorded(SignalSource.HARDHEIDSVERZOEK, event.requestId(), event.category())) {
      return;
    }
    signals.raise(
        new NewSignal(
            SignalSource.HARDHEIDSVERZOEK.name(),
            event.category(),
            event.date(),
            SignalCaseType.HARDSHIP_REQUEST.name(),
            event.requestId(),
            event.caseNumber(),
            "Signaal voor beleid uit hardheidsverzoek "
                + event.caseNumber()
                + " ("
                + words(event.benefitType())
                + ", uitkomst "
                + words(event.outcome())
                + ")"
                + (event.note() == null || event.note().isBlank()
                    ? ""
                    : ": " + event.note().strip())));
  }

  /** Every objection received is a signal (source BEZWAAR) of its contested decision's category. */
  void onObjection(@Observes ObjectionRegistered event) {
    signals.raise(
        new NewSignal(
            SignalSource.BEZWAAR.name(),
            SignalObjectionCategories.of(event.contestedDecisionType()),
            event.receivedDate(),
            SignalCaseType.OBJECTION.name(),
            event.objectionId(),
            event.caseNumber(),
            "Bezwaar "
                + event.caseNumber()
                + " tegen een beslissing over "
                + words(event.contestedDecisionType())
                + " ("
                + words(event.benefitType())
                + "), ontvangen op "
                + event.receivedDate()
                + "."));
  }

  private static String words(String code) {
    return code == null ? "onbekend" : code.toLowerCase(Locale.ROOT).replace('_', ' ');
  }
}
