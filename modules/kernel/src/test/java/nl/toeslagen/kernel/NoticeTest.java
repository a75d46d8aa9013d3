package nl.toeslagen.kernel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class NoticeTest {

  @Test
  void aNoticeIsForExactlyOneUserOrOneRole() {
    Notice toUser =
        Notice.toUser(
            " anna ", NoticeKind.TASK_ASSIGNED, Notice.OBJECTIONS, "c1", null, "Tekst", "t1");
    assertThat(toUser.recipientUser()).isEqualTo("anna");
    assertThat(toUser.recipientRole()).isNull();
    assertThat(toUser.caseLabel()).as("the case id when no label is known").isEqualTo("c1");

    Notice toRole =
        Notice.toRole(
            Role.TEAMLEIDER,
            NoticeKind.DEADLINE_ESCALATION,
            Notice.OBJECTIONS,
            "c1",
            "BZ-1",
            "T",
            null);
    assertThat(toRole.recipientRole()).isEqualTo(Role.TEAMLEIDER);
    assertThat(toRole.sender()).isEqualTo(Actor.SYSTEM_USER);

    assertThatThrownBy(
            () ->
                new Notice(
                    "anna",
                    Role.TOEZICHT,
                    NoticeKind.TASK_ASSIGNED,
                    "objections",
                    "c",
                    null,
                    "T",
                    null))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(
            () ->
                new Notice(" ", null, NoticeKind.TASK_ASSIGNED, "objections", "c", null, "T", null))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(
            () ->
                Notice.toUser("anna", NoticeKind.TASK_ASSIGNED, "objections", " ", null, "T", null))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Notice.toUser("anna", null, "objections", "c", null, "T", null))
        .isInstanceOf(NullPointerException.class);
  }

  @Test
  void aSummaryCollapsesWhitespaceAndCutsWithAnEllipsis() {
    assertThat(Notice.summary(null, 10)).isEmpty();
    assertThat(Notice.summary("  kort\n\n en  bondig ", 50)).isEqualTo("kort en bondig");
    assertThat(Notice.summary("abcdefghij", 10)).isEqualTo("abcdefghij");
    assertThat(Notice.summary("abcdefghijk", 10)).isEqualTo("abcdefghi…").hasSize(10);
  }

  @Test
  void everyKindHasADutchLabel() {
    for (NoticeKind kind : NoticeKind.values()) {
      assertThat(kind.labelNl()).as(kind.name()).isNotBlank();
      assertThat(kind.labelEn()).as(kind.name()).isNotBlank();
    }
  }
}
