package org.solarpm.reminder;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Semaphore;
import org.quartz.spi.ThreadPool;

/**
 * A Quartz thread pool that runs jobs on a container-managed executor (naming, class loader and
 * transactions work as in any request), at most {@code size} at a time.
 */
public class ManagedThreadPool implements ThreadPool {

    private final ExecutorService executor;
    private final int size;
    private final Semaphore permits;
    private volatile boolean shutdown;

    public ManagedThreadPool(ExecutorService executor, int size) {
        this.executor = executor;
        this.size = size;
        this.permits = new Semaphore(size);
    }

    @Override
    public boolean runInThread(Runnable runnable) {
        if (shutdown) {
            return false;
        }
        try {
            permits.acquire();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
        try {
            executor.execute(() -> {
                try {
                    runnable.run();
                } finally {
                    permits.release();
                }
            });
            return true;
        } catch (RuntimeException e) {
            permits.release();
            return false;
        }
    }

    @Override
    public int blockForAvailableThreads() {
        if (shutdown) {
            return 0;
        }
        try {
            permits.acquire();
            permits.release();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return Math.max(1, permits.availablePermits());
    }

    @Override
    public void initialize() {
        // the executor is the container's
    }

    @Override
    public void shutdown(boolean waitForJobsToComplete) {
        shutdown = true;
        if (waitForJobsToComplete) {
            try {
                if (permits.tryAcquire(size, 20, java.util.concurrent.TimeUnit.SECONDS)) {
                    permits.release(size);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public int getPoolSize() {
        return size;
    }

    @Override
    public void setInstanceId(String schedInstId) {
        // not needed
    }

    @Override
    public void setInstanceName(String schedName) {
        // not needed
    }
}
