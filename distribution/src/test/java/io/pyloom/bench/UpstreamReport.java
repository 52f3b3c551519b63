package io.pyloom.bench;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** The upstream suite's table: passing tests per module and mode, Pyloom next to PyScript. */
final class UpstreamReport {

    private UpstreamReport() {
    }

    static void print(List<UpstreamSite.Module> modules, Map<String, UpstreamSuite.Outcome> outcomes, List<String> notes) {
        System.out.println("PyScript's core/tests/python, passing tests: Pyloom / PyScript 0.7.31 (same local interpreters)");
        notes.forEach(note -> System.out.println("  note: " + note));
        System.out.println();
        StringBuilder header = new StringBuilder(String.format("%-26s %5s", "module", "tests"));
        UpstreamSuite.MODES.forEach(mode -> header.append(String.format(" %13s", mode.label())));
        header.append(String.format(" %15s", "all four"));
        System.out.println(header);
        int[] totals = new int[2 * UpstreamSuite.MODES.size()];
        int allTests = 0;
        for (UpstreamSite.Module module : modules) {
            StringBuilder row = new StringBuilder(String.format("%-26s %5d", module.name(), module.tests()));
            int ours = 0;
            int theirs = 0;
            for (int m = 0; m < UpstreamSuite.MODES.size(); m++) {
                int pyloom = passed(outcomes, "pyloom", UpstreamSuite.MODES.get(m), module);
                int pyscript = passed(outcomes, "pyscript", UpstreamSuite.MODES.get(m), module);
                row.append(String.format(" %13s", pyloom + " / " + pyscript));
                totals[2 * m] += pyloom;
                totals[2 * m + 1] += pyscript;
                ours += pyloom;
                theirs += pyscript;
            }
            row.append(String.format(" %15s", ours + " / " + theirs));
            allTests += module.tests() * UpstreamSuite.MODES.size();
            System.out.println(row);
        }
        StringBuilder total = new StringBuilder(String.format("%-26s %5d", "total", allTests / UpstreamSuite.MODES.size()));
        int ours = 0;
        int theirs = 0;
        for (int m = 0; m < UpstreamSuite.MODES.size(); m++) {
            total.append(String.format(" %13s", totals[2 * m] + " / " + totals[2 * m + 1]));
            ours += totals[2 * m];
            theirs += totals[2 * m + 1];
        }
        total.append(String.format(" %15s", ours + " / " + theirs));
        System.out.println(total);
        System.out.printf("%nPyloom passes %d of %d, PyScript 0.7.31 %d (%.2fx)%n", ours, allTests, theirs,
                theirs == 0 ? 0.0 : (double) ours / theirs);
        differences(modules, outcomes);
    }

    private static int passed(Map<String, UpstreamSuite.Outcome> outcomes, String side, UpstreamSuite.Mode mode,
            UpstreamSite.Module module) {
        UpstreamSuite.Outcome outcome = outcomes.get(UpstreamSuite.key(side, mode, module.name()));
        return outcome == null ? 0 : outcome.passed().size();
    }

    /** Where the two differ: each test that passes on one side only, with the other side's reason. */
    private static void differences(List<UpstreamSite.Module> modules, Map<String, UpstreamSuite.Outcome> outcomes) {
        System.out.println();
        System.out.println("Passing on one side only (the failing side's reason):");
        for (UpstreamSuite.Mode mode : UpstreamSuite.MODES) {
            for (UpstreamSite.Module module : modules) {
                UpstreamSuite.Outcome ours = outcomes.get(UpstreamSuite.key("pyloom", mode, module.name()));
                UpstreamSuite.Outcome theirs = outcomes.get(UpstreamSuite.key("pyscript", mode, module.name()));
                if (ours == null || theirs == null) {
                    continue;
                }
                if (ours.problem() != null && !theirs.passed().isEmpty()) {
                    System.out.printf("  %-10s %s: all %d on Pyloom: %s%n", mode.label(), module.name(),
                            theirs.passed().size(), ours.problem());
                    continue;
                }
                only(mode, module, "Pyloom", theirs.passed(), ours);
                only(mode, module, "PyScript", ours.passed(), theirs);
            }
        }
    }

    private static void only(UpstreamSuite.Mode mode, UpstreamSite.Module module, String failingSide, Set<String> passing,
            UpstreamSuite.Outcome failing) {
        Set<String> missing = new TreeSet<>(passing);
        missing.removeAll(failing.passed());
        for (String test : missing) {
            String reason = failing.failed().getOrDefault(test, failing.problem() != null ? failing.problem() : "not run");
            System.out.printf("  %-10s %s::%s fails on %s: %s%n", mode.label(), module.name(), test, failingSide, reason);
        }
    }
}
