package nl.toeslagen.documents.testing;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

/**
 * veraPDF for the tests of every module that writes letters (published in the documents test jar):
 * the failed rules of a profile, and both profiles a letter must meet — PDF/UA-1 (accessible) and
 * PDF/A-2a (archivable, which includes every PDF/A-2b rule).
 */
public final class PdfConformance {

  private static volatile boolean initialised;

  private PdfConformance() {}

  /** The failed rules of the flavour (clause-test and message), empty when the file complies. */
  public static List<String> failures(byte[] pdf, PDFAFlavour flavour) throws Exception {
    initialise();
    try (PDFAParser parser =
            Foundries.defaultInstance().createParser(new ByteArrayInputStream(pdf), flavour);
        PDFAValidator validator = Foundries.defaultInstance().createValidator(flavour, false)) {
      ValidationResult result = validator.validate(parser);
      List<String> failures =
          new ArrayList<>(
              result.getTestAssertions().stream()
                  .filter(a -> a.getStatus() == TestAssertion.Status.FAILED)
                  .map(
                      a ->
                          a.getRuleId().getClause()
                              + "-"
                              + a.getRuleId().getTestNumber()
                              + " "
                              + a.getMessage())
                  .distinct()
                  .toList());
      if (!result.isCompliant() && failures.isEmpty()) {
        failures.add("not compliant");
      }
      return failures;
    }
  }

  /** What keeps the letter from PDF/UA-1 or PDF/A-2a, each failure prefixed with the profile. */
  public static List<String> accessibleAndArchivableFailures(byte[] pdf) throws Exception {
    List<String> all = new ArrayList<>();
    failures(pdf, PDFAFlavour.PDFUA_1).forEach(f -> all.add("PDF/UA-1 " + f));
    failures(pdf, PDFAFlavour.PDFA_2_A).forEach(f -> all.add("PDF/A-2a " + f));
    return all;
  }

  private static void initialise() {
    if (!initialised) {
      synchronized (PdfConformance.class) {
        if (!initialised) {
          VeraGreenfieldFoundryProvider.initialise();
          initialised = true;
        }
      }
    }
  }
}
