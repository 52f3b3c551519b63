package io.pyloom.kernel.spi;

/** What the kernel does inside a web worker for the plugin that started it. */
public interface WorkerKernel {

    /**
     * Prepares the interpreter the script's config asks for (files, packages, JS modules, the
     * Python packages of the kernel and plugins), calls {@link WorkerScript#ready()}, runs the code
     * with every hook, reports failures through {@link Hooks#report}, then calls
     * {@link WorkerScript#done()}. Call it from a thread of its own: it waits for the interpreter.
     */
    void run(WorkerScript script);
}
