package nl.toeslagen.hardship.application;

import java.util.List;

/**
 * What the collection assessment answers. The simple names start with {@code Collection}: schema
 * names are unique across the application (OpenApiSchemaNamesTest).
 */
public final class CollectionViews {

  private CollectionViews() {}

  /**
   * The assessment of one recovery.
   *
   * @param collect whether the recovery is collected (standard arrangement or personal plan)
   * @param arrangement the code: NONE_BELOW_THRESHOLD, PAUSED_UHT, STANDARD_24_TERMS, PERSONAL_PLAN
   *     or SUSPENDED_NO_CAPACITY ({@code /api/labels}, context {@code collection}, vocabulary
   *     {@code arrangements})
   * @param arrangementNl its Dutch label
   * @param monthlyTermCents the term of every month but the last, or null when nothing is collected
   *     in terms
   * @param lastTermCents the last term, or null with it
   * @param terms the number of terms, 0 when nothing is collected in terms
   * @param zienswijzeRequired whether the citizen's view must be asked before the recovery decision
   * @param thresholdCents the efficiency threshold applied, or null when none was applied
   * @param thresholdYear the year of the published figure applied, 0 when none
   * @param thresholdSource where that figure was published, or null
   * @param thresholdProvisional true when no figure is loaded for the decision's year and an
   *     earlier year's figure was used (check the amount)
   * @param capacityCents the capacity to pay a month: income minus protected income, at least 0
   * @param reasons every rule evaluated, in order
   */
  public record CollectionAssessmentView(
      boolean collect,
      String arrangement,
      String arrangementNl,
      Long monthlyTermCents,
      Long lastTermCents,
      int terms,
      boolean zienswijzeRequired,
      Long thresholdCents,
      int thresholdYear,
      String thresholdSource,
      boolean thresholdProvisional,
      Long capacityCents,
      List<CollectionReason> reasons) {}

  /**
   * One rule's outcome.
   *
   * @param policy the policy's name (see {@code GET /api/policies})
   * @param reasonNl the reason in Dutch
   * @param reasonEn the reason in English
   * @param legalBasis the rule's legal basis, as a citation
   */
  public record CollectionReason(
      String policy, String reasonNl, String reasonEn, String legalBasis) {}
}
