package nl.toeslagen.caselaw.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * What management decided about an escalation: the decision, who owns carrying it out and the date
 * by which (or on which) it is done; with who recorded it and when.
 *
 * @param decision what was decided (at most {@value #MAX_DECISION} characters)
 * @param owner who owns it: a person, a team or a policy directorate (at most {@value #MAX_OWNER})
 * @param date the date of the follow-up
 * @param recordedBy the team leader who recorded it
 * @param recordedAt when
 */
public record SignalFollowUp(
    String decision, String owner, LocalDate date, String recordedBy, Instant recordedAt) {

  public static final int MAX_DECISION = 4000;
  public static final int MAX_OWNER = 200;

  public SignalFollowUp {
    Objects.requireNonNull(decision, "decision");
    Objects.requireNonNull(owner, "owner");
    Objects.requireNonNull(date, "date");
  }
}
