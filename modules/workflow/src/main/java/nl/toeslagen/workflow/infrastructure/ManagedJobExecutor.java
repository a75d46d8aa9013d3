package nl.toeslagen.workflow.infrastructure;

import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import java.util.List;
import java.util.concurrent.RejectedExecutionException;
import org.camunda.bpm.engine.impl.ProcessEngineImpl;
import org.camunda.bpm.engine.impl.jobexecutor.JobExecutor;

/**
 * Runs the engine's jobs (timers, asynchronous continuations) on the container's managed executor,
 * and its job acquisition on a managed thread, so that every job gets the container's context
 * (naming, security, transactions).
 */
class ManagedJobExecutor extends JobExecutor {

  private final ManagedExecutorService executor;
  private final ManagedThreadFactory threadFactory;

  ManagedJobExecutor(ManagedExecutorService executor, ManagedThreadFactory threadFactory) {
    this.executor = executor;
    this.threadFactory = threadFactory;
    name = "toeslagen-job-executor";
  }

  @Override
  protected void startExecutingJobs() {
    startJobAcquisitionThread();
  }

  @Override
  protected void startJobAcquisitionThread() {
    if (jobAcquisitionThread == null) {
      jobAcquisitionThread = threadFactory.newThread(acquireJobsRunnable);
      jobAcquisitionThread.setName(getName() + "-acquisition");
      jobAcquisitionThread.start();
    }
  }

  @Override
  protected void stopExecutingJobs() {
    stopJobAcquisitionThread();
  }

  @Override
  public void executeJobs(List<String> jobIds, ProcessEngineImpl processEngine) {
    try {
      executor.execute(getExecuteJobsRunnable(jobIds, processEngine));
    } catch (RejectedExecutionException e) {
      logRejectedExecution(processEngine, jobIds.size());
      rejectedJobsHandler.jobsRejected(jobIds, processEngine, this);
    }
  }
}
