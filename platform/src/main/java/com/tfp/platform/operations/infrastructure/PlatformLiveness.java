package com.tfp.platform.operations.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryUsage;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;

/**
 * Alive while no threads are deadlocked: that needs a restart, which is what a failed liveness check asks the operator
 * (or the orchestrator) for. Heap use is reported, not judged: a full heap before a collection is normal.
 */
@Liveness
@ApplicationScoped
public class PlatformLiveness implements HealthCheck {

  @Override
  public HealthCheckResponse call() {
    MemoryUsage heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage();
    long[] deadlocked = ManagementFactory.getThreadMXBean().findDeadlockedThreads();
    return HealthCheckResponse.named("jvm").status(deadlocked == null)
        .withData("heapUsedMiB", heap.getUsed() >> 20).withData("heapMaxMiB", heap.getMax() >> 20)
        .withData("deadlockedThreads", deadlocked == null ? 0 : deadlocked.length).build();
  }
}
