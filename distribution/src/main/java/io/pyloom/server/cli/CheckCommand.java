package io.pyloom.server.cli;

import io.pyloom.server.check.Checker;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code check FILE...}: pages and configs checked as the browser would, with its messages. */
@Command(name = "check", customSynopsis = "java -jar pyloom.jar check FILE...",
        description = { "Checks pages (.html) and configs (.json, .toml) with the messages a browser would show.",
                "Exits with 1 when a file has a problem." })
final class CheckCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FILE", arity = "1..*", description = "the pages and configs to check")
    List<Path> files;

    @Option(names = { "--help", "-h" }, usageHelp = true, description = "show this help")
    boolean help;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        for (Path file : files) {
            if (!Files.isRegularFile(file)) {
                throw new ParameterException(spec.commandLine(), file + ": no such file");
            }
        }
        int failed = 0;
        for (Path file : files) {
            List<String> problems = Checker.check(file);
            if (problems.isEmpty()) {
                out.println(file + ": ok");
            }
            for (String problem : problems) {
                out.println(file + ": " + problem.replace("\n", "\n    "));
            }
            failed += problems.isEmpty() ? 0 : 1;
        }
        out.printf("%d file(s) checked, %d with problems%n", files.size(), failed);
        return failed == 0 ? 0 : 1;
    }
}
