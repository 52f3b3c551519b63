package io.pyloom.kernel.spi;

/** Takes over a web worker that core.js was started in (see {@link Hook#WORKER_BOOT}). */
@FunctionalInterface
public interface WorkerBoot {

    void boot(WorkerKernel kernel);
}
