package nl.toeslagen.fraudreview.domain;

import java.time.LocalDate;
import nl.toeslagen.kernel.Money;

/**
 * What the investigator proposes for a fine (vergrijpboete, Awir art. 41).
 *
 * @param recovery the amount recovered (terugvordering) that the fine is based on
 * @param percentage the proposed percentage of the recovery (at most 100, or 150 for a repeat)
 * @param previousFineDate when an earlier fine for intent or gross negligence became final, or
 *     {@code null} if none; a fact from the fine register, not a flag on the citizen
 * @param correctedBeforeAware the citizen corrected the information before they knew or should have
 *     known the agency was aware of it (Awir art. 42): no fine
 * @param reportReference reference of the report (rapport) the fine is based on; required above EUR
 *     340 (Awb art. 5:53)
 */
public record FineRequest(
    Money recovery,
    int percentage,
    LocalDate previousFineDate,
    boolean correctedBeforeAware,
    String reportReference) {}
