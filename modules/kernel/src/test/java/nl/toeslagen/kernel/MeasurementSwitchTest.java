package nl.toeslagen.kernel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The measurement switches (system properties here; the environment variables take precedence). */
class MeasurementSwitchTest {

  @AfterEach
  void clear() {
    System.clearProperty("toeslagen.audit");
    System.clearProperty("toeslagen.engine.history");
    System.clearProperty("toeslagen.profile");
    System.clearProperty("toeslagen.bench.service.intakes");
  }

  @Test
  void noServiceMeasurementUnlessAskedForAndOnlyInTheDemoProfile() {
    assertThat(MeasurementSwitch.serviceIntakes()).isZero();
    System.setProperty("toeslagen.profile", "demo");
    System.setProperty("toeslagen.bench.service.intakes", "400");
    assertThat(MeasurementSwitch.serviceIntakes()).isEqualTo(400);
    System.setProperty("toeslagen.profile", "production");
    assertThatThrownBy(MeasurementSwitch::serviceIntakes)
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("TOESLAGEN_BENCH_SERVICE_INTAKES=400")
        .hasMessageContaining("production");
    System.setProperty("toeslagen.bench.service.intakes", "0");
    assertThat(MeasurementSwitch.serviceIntakes()).isZero();
  }

  @Test
  void aServiceMeasurementOfNoNumberOrTooManyRefusesToStart() {
    for (String wrong : new String[] {"-1", "veel", "100001", "1e3"}) {
      System.setProperty("toeslagen.bench.service.intakes", wrong);
      assertThatThrownBy(MeasurementSwitch::serviceIntakes)
          .isInstanceOf(IllegalStateException.class)
          .hasMessageContaining("whole number from 0 to 100000");
    }
  }

  @Test
  void theTrailAndTheHistoryAreOnUnlessSwitchedOff() {
    assertThat(MeasurementSwitch.auditOff()).isFalse();
    assertThat(MeasurementSwitch.historyNone()).isFalse();
    System.setProperty("toeslagen.audit", "on");
    System.setProperty("toeslagen.engine.history", "full");
    assertThat(MeasurementSwitch.auditOff()).isFalse();
    assertThat(MeasurementSwitch.historyNone()).isFalse();
  }

  @Test
  void aMeasurementMaySwitchThemOffInTheDemoProfile() {
    System.setProperty("toeslagen.profile", "demo");
    System.setProperty("toeslagen.audit", "off");
    System.setProperty("toeslagen.engine.history", "NONE");
    assertThat(MeasurementSwitch.auditOff()).isTrue();
    assertThat(MeasurementSwitch.historyNone()).isTrue();
  }

  @Test
  void productionRefusesToStartWithoutItsTrail() {
    System.setProperty("toeslagen.profile", "production");
    System.setProperty("toeslagen.audit", "off");
    assertThatThrownBy(MeasurementSwitch::auditOff)
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("TOESLAGEN_AUDIT=off")
        .hasMessageContaining("production");
    System.setProperty("toeslagen.engine.history", "none");
    assertThatThrownBy(MeasurementSwitch::historyNone).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void anUnknownValueRefusesToStart() {
    System.setProperty("toeslagen.audit", "nee");
    assertThatThrownBy(MeasurementSwitch::auditOff)
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("'on' or 'off'");
  }
}
