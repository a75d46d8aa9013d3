package nl.toeslagen.objections.domain;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A ground added to the objection after intake (Awb 6:6, 7:2): it must be answered in the decision
 * like every ground of the intake.
 *
 * @param text the ground as the objector put it
 * @param receivedOn the day the agency received it
 * @param source how it reached the agency
 * @param recordedBy who recorded it
 * @param recordedOn the day it was recorded
 */
public record AddedGround(
    String text,
    LocalDate receivedOn,
    GroundSource source,
    String recordedBy,
    LocalDate recordedOn) {

  public AddedGround {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(receivedOn, "receivedOn");
    Objects.requireNonNull(source, "source");
  }
}
