package nl.toeslagen.riskselection.domain;

import java.util.List;

/**
 * Reads a batch from the text of a CSV file: header {@code caseRef,bsn,benefitType}, then one
 * column per feature, and {@code monitoring.<attribute>} columns for the protected attributes.
 */
public interface BatchCsv {

  /**
   * @throws nl.toeslagen.kernel.ValidationException naming the line and column of the first problem
   *     (field {@code csv})
   */
  List<BatchCase> read(String csv);
}
