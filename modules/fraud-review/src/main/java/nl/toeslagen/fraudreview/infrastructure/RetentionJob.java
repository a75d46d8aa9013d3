package nl.toeslagen.fraudreview.infrastructure;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import java.util.logging.Logger;
import nl.toeslagen.fraudreview.application.SignalRetention;

/**
 * Every night: closed signals past their retention date are deleted with all personal details and
 * their letters. Administrators can run the same purge now ({@code POST
 * /api/signals/retention-run}).
 */
@Singleton
public class RetentionJob {

  private static final Logger LOG = Logger.getLogger(RetentionJob.class.getName());

  @Inject SignalRetention retention;

  @Schedule(hour = "2", minute = "30", persistent = false, info = "fraud-review retention")
  public void purgeExpiredSignals() {
    int purged = retention.purgeExpired();
    LOG.info(() -> "Fraud review retention: " + purged + " closed signal(s) purged.");
  }
}
