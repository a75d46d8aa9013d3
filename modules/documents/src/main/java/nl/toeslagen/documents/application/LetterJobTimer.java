package nl.toeslagen.documents.application;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

/** Every half minute: letter jobs still pending (failed, or missed after commit) are retried. */
@Singleton
public class LetterJobTimer {

  @Inject LetterJobs jobs;

  @Schedule(hour = "*", minute = "*", second = "*/30", persistent = false, info = "letter jobs")
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public void retryPending() {
    jobs.runPending();
  }
}
