package nl.toeslagen.objections.infrastructure;

import static java.time.LocalDate.parse;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.time.LocalDateTime;
import nl.toeslagen.objections.domain.BenefitType;
import nl.toeslagen.objections.domain.CaseStep;
import nl.toeslagen.objections.domain.DecisionOutcome;
import nl.toeslagen.objections.domain.GroundAnswer;
import nl.toeslagen.objections.domain.HearingMode;
import nl.toeslagen.objections.domain.Objection;
import nl.toeslagen.objections.domain.Requirement;
import nl.toeslagen.objections.domain.Stage;
import nl.toeslagen.objections.domain.TermChange;
import nl.toeslagen.objections.domain.TermChangeKind;
import nl.toeslagen.objections.domain.Timeliness;
import org.junit.jupiter.api.Test;

/**
 * The stored fixtures of schema version 1 (written once by the code before ADR 0016, never
 * regenerated) read through the current code keep the case's meaning.
 */
class StoredVersion1DocumentTest {

  @Test
  void aStoredVersion1CaseKeepsItsStageTermsGroundsHearingDecisionAndSteps() {
    Objection o = StoredDocuments.restore(StoredDocuments.text(StoredDocuments.V1));

    assertSameCase(o);
    assertThat(o.steps())
        .extracting(CaseStep::kind, CaseStep::by, CaseStep::on, CaseStep::draftVersion)
        .containsExactly(
            tuple(CaseStep.Kind.INTAKE, "behandelaar1", parse("2024-02-10"), 0),
            tuple(CaseStep.Kind.ADMISSIBILITY, "behandelaar1", parse("2024-02-12"), 0),
            tuple(CaseStep.Kind.REPAIR_ENDED, "behandelaar2", parse("2024-02-16"), 0),
            tuple(CaseStep.Kind.ADMISSIBILITY, "behandelaar2", parse("2024-02-16"), 0),
            tuple(CaseStep.Kind.CONTACT, "behandelaar2", parse("2024-02-16"), 0),
            tuple(CaseStep.Kind.HEARING_SCHEDULED, "behandelaar2", parse("2024-02-19"), 0),
            tuple(CaseStep.Kind.HEARING_REPORT, "behandelaar2", parse("2024-03-01"), 0),
            tuple(CaseStep.Kind.TERM_EXTENDED, "behandelaar2", parse("2024-03-05"), 0),
            tuple(CaseStep.Kind.TERM_POSTPONED, "behandelaar2", parse("2024-03-12"), 0),
            tuple(CaseStep.Kind.DRAFT, "behandelaar2", parse("2024-03-20"), 1),
            tuple(CaseStep.Kind.REVIEW, "vaktechniek1", null, 0),
            tuple(CaseStep.Kind.DRAFT, "behandelaar1", parse("2024-03-25"), 2),
            tuple(CaseStep.Kind.REVIEW, "vaktechniek2", null, 0));
  }

  @Test
  void aStoredVersion1CaseFromBeforeStepsWereKeptGetsIntakeCurrentDraftAndLastReview() {
    Objection o = StoredDocuments.restore(StoredDocuments.text(StoredDocuments.V1_BEFORE_STEPS));

    assertSameCase(o);
    assertThat(o.steps())
        .extracting(CaseStep::kind, CaseStep::by, CaseStep::on, CaseStep::draftVersion)
        .containsExactly(
            tuple(CaseStep.Kind.INTAKE, "behandelaar1", parse("2024-02-10"), 0),
            tuple(CaseStep.Kind.DRAFT, "behandelaar1", parse("2024-03-25"), 1),
            tuple(CaseStep.Kind.REVIEW, "vaktechniek2", null, 0));
  }

  @Test
  void theHistoryOfAStoredVersion1CaseStillDecidesWhoMayReview() {
    Objection o = StoredDocuments.restore(StoredDocuments.text(StoredDocuments.V1));

    // the preparer of draft 1 is ruled out although draft 2 is a colleague's; reviewers are not
    assertThat(
            o.mayReview("behandelaar2", java.util.Set.of(nl.toeslagen.kernel.Role.VAKTECHNIEK))
                .allowed())
        .isFalse();
    assertThat(
            o.mayReview("vaktechniek1", java.util.Set.of(nl.toeslagen.kernel.Role.VAKTECHNIEK))
                .allowed())
        .isTrue();
  }

  @Test
  void aStoredVersion1CaseSavedAgainIsWrittenInTheCurrentVersionWithTheSameMeaning() {
    Objection.Memento fromV1 =
        ObjectionJson.read(StoredDocuments.text(StoredDocuments.V1))
            .withCaseNumber(StoredDocuments.ROW_CASE_NUMBER);

    String rewritten = ObjectionJson.write(Objection.restore(fromV1).memento());

    assertThat(rewritten).startsWith("{\"schemaVersion\":" + ObjectionJson.SCHEMA_VERSION + ",");
    assertThat(ObjectionJson.read(rewritten)).isEqualTo(fromV1);
  }

  private static void assertSameCase(Objection o) {
    assertThat(o.id().toString()).isEqualTo("0b5e6c1e-1111-4a4a-9b9b-000000000001");
    assertThat(o.stage()).isEqualTo(Stage.DECIDED);
    assertThat(o.closedOn()).isEqualTo(parse("2024-03-28"));
    assertThat(o.createdBy()).isEqualTo("behandelaar1");
    assertThat(o.intake().bsn().value()).isEqualTo("111222333");
    assertThat(o.intake().benefitType()).isEqualTo(BenefitType.KINDEROPVANGTOESLAG);
    assertThat(o.intake().contestedDecision().reference()).isEqualTo("TS-2024-0001");
    assertThat(o.intake().receivedDate()).isEqualTo(parse("2024-02-10"));
    assertThat(o.intake().grounds()).containsExactly("Inkomen te hoog", "Uren opvang kloppen niet");
    assertThat(o.timeliness()).isEqualTo(Timeliness.IN_TIME);
    assertThat(o.objectionTermEnd()).isEqualTo(parse("2024-02-26"));

    assertThat(o.term().deadline()).isEqualTo(parse("2024-06-20"));
    assertThat(o.term().extended()).isTrue();
    assertThat(o.term().changes())
        .extracting(TermChange::kind, TermChange::previousDeadline, TermChange::newDeadline)
        .containsExactly(
            tuple(TermChangeKind.SUSPENSION, parse("2024-04-08"), parse("2024-04-11")),
            tuple(TermChangeKind.EXTENSION, parse("2024-04-11"), parse("2024-05-23")),
            tuple(
                TermChangeKind.POSTPONEMENT_WITH_CONSENT,
                parse("2024-05-23"),
                parse("2024-06-20")));

    Objection.Memento m = o.memento();
    assertThat(m.repair().requestedOn()).isEqualTo(parse("2024-02-12"));
    assertThat(m.repair().missing()).containsExactly(Requirement.SIGNATURE);
    assertThat(m.repairEndedOn()).isEqualTo(parse("2024-02-15"));
    assertThat(m.missing()).isEmpty();
    assertThat(m.contact().reached()).isTrue();
    assertThat(m.hearing().scheduledAt()).isEqualTo(LocalDateTime.parse("2024-03-01T10:30"));
    assertThat(m.hearing().mode()).isEqualTo(HearingMode.OP_LOCATIE);
    assertThat(m.hearing().place()).isEqualTo("Utrecht");
    assertThat(m.hearing().report()).startsWith("Verslag van het gesprek");

    assertThat(m.decision().outcome()).isEqualTo(DecisionOutcome.GEDEELTELIJK_GEGROND);
    assertThat(m.decision().answers())
        .extracting(GroundAnswer::ground, GroundAnswer::upheld)
        .containsExactly(tuple("Inkomen te hoog", true), tuple("Uren opvang kloppen niet", false));
    assertThat(m.decision().legalReferences()).hasSize(2);
    assertThat(m.decision().caseLaw())
        .extracting(e -> e.value())
        .containsExactly("ECLI:NL:RVS:2021:2036");
    assertThat(m.decision().effect().amountAtStake().cents()).isEqualTo(640_00);
    assertThat(m.decision().effect().description()).isEqualTo("U krijgt € 640,00 nabetaald.");
    assertThat(m.decision().preparedBy()).isEqualTo("behandelaar1");
    assertThat(m.decision().preparedOn()).isEqualTo(parse("2024-03-25"));
    assertThat(m.reviewedBy()).isEqualTo("vaktechniek2");
    assertThat(m.reviewRemarks()).isEqualTo("Akkoord");
  }
}
