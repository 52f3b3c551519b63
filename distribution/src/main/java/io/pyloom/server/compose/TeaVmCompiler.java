package io.pyloom.server.compose;

import io.pyloom.server.api.ComposeException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.teavm.backend.javascript.JSModuleType;
import org.teavm.diagnostics.DefaultProblemTextConsumer;
import org.teavm.diagnostics.Problem;
import org.teavm.tooling.TeaVMTargetType;
import org.teavm.tooling.TeaVMTool;
import org.teavm.tooling.TeaVMToolException;
import org.teavm.vm.TeaVMOptimizationLevel;

/** Compiles the kernel and the chosen plugin bundles into one JavaScript module with TeaVM. */
public final class TeaVmCompiler {

    static final String MAIN_CLASS = "io.pyloom.kernel.Kernel";

    /**
     * Not FULL: its inlining copies callees into every coroutine (each await's state machine), and
     * the runtime grows by a third (213 KB against 163 KB). Pages start faster with the smaller
     * file: it is parsed beside the interpreter's own start, on the same cores.
     */
    private static final TeaVMOptimizationLevel OPTIMISATION = TeaVMOptimizationLevel.ADVANCED;

    /** What this compiler does to the same sources; part of the compositions' cache key. */
    static final String SETTINGS = "teavm=es2015," + OPTIMISATION.name().toLowerCase(java.util.Locale.ROOT) + ",obfuscated";

    private final ClassLoader toolchain;

    /** @param toolchain a class loader that sees TeaVM's class library and JSO (not Pyloom's bundles) */
    public TeaVmCompiler(ClassLoader toolchain) {
        this.toolchain = toolchain;
    }

    /** Returns the compiled ES module; its {@code main} export starts the kernel. */
    public String compile(List<BundleSource> sources) throws ComposeException {
        Path dir = null;
        try {
            dir = Files.createTempDirectory("pyloom-compose");
            TeaVMTool tool = new TeaVMTool();
            tool.setTargetType(TeaVMTargetType.JAVASCRIPT);
            tool.setMainClass(MAIN_CLASS);
            tool.setEntryPointName("main");
            tool.setJsModuleType(JSModuleType.ES2015);
            tool.setObfuscated(true);
            tool.setOptimizationLevel(OPTIMISATION);
            tool.setTargetDirectory(dir.toFile());
            tool.setTargetFileName("kernel.js");
            tool.setClassLoader(new ComposeClassLoader(sources, toolchain));
            tool.generate();
            List<Problem> severe = tool.getProblemProvider().getSevereProblems();
            if (!severe.isEmpty()) {
                throw new ComposeException("TeaVM could not compile " + names(sources) + ":\n" + describe(severe));
            }
            return Files.readString(dir.resolve("kernel.js"), StandardCharsets.UTF_8);
        } catch (TeaVMToolException | IOException | RuntimeException e) {
            throw new ComposeException("TeaVM failed on " + names(sources) + ": " + e, e);
        } finally {
            deleteQuietly(dir);
        }
    }

    private static String names(List<BundleSource> sources) {
        return sources.stream().map(BundleSource::name).collect(Collectors.joining(", ", "[", "]"));
    }

    private static String describe(List<Problem> problems) {
        StringBuilder out = new StringBuilder();
        for (Problem problem : problems) {
            DefaultProblemTextConsumer text = new DefaultProblemTextConsumer();
            problem.render(text);
            out.append("  ").append(text.getText());
            if (problem.getLocation() != null && problem.getLocation().getMethod() != null) {
                out.append(" (in ").append(problem.getLocation().getMethod()).append(')');
            }
            out.append('\n');
        }
        return out.toString();
    }

    private static void deleteQuietly(Path dir) {
        if (dir == null) {
            return;
        }
        try (var walk = Files.walk(dir)) {
            walk.sorted((a, b) -> b.getNameCount() - a.getNameCount()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // a temp folder left behind is harmless
        }
    }
}
