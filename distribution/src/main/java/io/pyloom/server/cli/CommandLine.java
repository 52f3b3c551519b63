package io.pyloom.server.cli;

import io.pyloom.server.api.Composer;
import java.io.PrintWriter;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceReference;
import org.osgi.service.cm.ConfigurationAdmin;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicyOption;

/**
 * {@code java -jar pyloom.jar [serve|assemble|check] [options]}: runs the command the launcher's
 * arguments name. {@code serve} (the default) writes the settings and returns, and the server
 * runs; the others do their work on a thread of their own and exit with its status.
 */
@Component(immediate = true)
public final class CommandLine {

    private static final Set<String> COMMANDS = Set.of("serve", "assemble", "check");
    // The component is re-activated when a service it uses is; the command runs once.
    private static final java.util.concurrent.atomic.AtomicBoolean RAN = new java.util.concurrent.atomic.AtomicBoolean();

    @Activate
    public CommandLine(@Reference ConfigurationAdmin configurations, @Reference Composer composer, BundleContext context,
            // Optional: in a portal's framework (Karaf, Sling) there is no launcher and nothing to run.
            // Greedy: should the launcher's service come after this, the component starts again with it.
            @Reference(service = Object.class, target = "(launcher.arguments=*)", cardinality = ReferenceCardinality.OPTIONAL,
                    policyOption = ReferencePolicyOption.GREEDY)
            ServiceReference<Object> launcher) {
        if (launcher == null || RAN.getAndSet(true)) {
            return;
        }
        Object arguments = launcher.getProperty("launcher.arguments");
        String[] given = arguments instanceof String[] strings ? strings : new String[0];
        // serve is the default: its options may come first, without the word.
        String[] args = given.length > 0 && COMMANDS.contains(given[0]) ? given : prepend("serve", given);
        picocli.CommandLine cli = new picocli.CommandLine(new Pyloom())
                .addSubcommand("serve", new ServeCommand(configurations))
                .addSubcommand("assemble", new AssembleCommand(composer, context.getBundle()))
                .addSubcommand("check", new CheckCommand())
                .setOut(new PrintWriter(System.out, true))
                .setErr(new PrintWriter(System.err, true))
                .setParameterExceptionHandler(CommandLine::refuse);
        if (args[0].equals("serve")) {
            int status = cli.execute(args);
            if (status != 0 || Arrays.asList(args).contains("--help") || Arrays.asList(args).contains("-h")) {
                exit(status);
            }
            return;
        }
        Thread work = new Thread(() -> exit(cli.execute(args)), "pyloom-" + args[0]);
        work.start();
    }

    /** A bad argument: the reason and the command's usage on stderr, status 2. */
    private static int refuse(picocli.CommandLine.ParameterException e, String[] args) {
        picocli.CommandLine command = e.getCommandLine();
        String reason = e instanceof picocli.CommandLine.UnmatchedArgumentException unmatched
                ? "unknown argument '" + unmatched.getUnmatched().get(0) + "'" : e.getMessage();
        command.getErr().println("pyloom: " + reason + "\n");
        command.usage(command.getErr());
        return 2;
    }

    private static String[] prepend(String first, String[] rest) {
        String[] all = new String[rest.length + 1];
        all[0] = first;
        System.arraycopy(rest, 0, all, 1, rest.length);
        return all;
    }

    /** Exits from another thread: the framework's shutdown waits for this activation to return. */
    static void exit(int status) {
        System.out.flush();
        System.err.flush();
        Thread exit = new Thread(() -> System.exit(status), "pyloom-exit");
        exit.start();
    }

    /** The top command: only its subcommands do anything. */
    @picocli.CommandLine.Command(name = "java -jar pyloom.jar", mixinStandardHelpOptions = false,
            description = "Pyloom: PyScript pages on self-hosted interpreters, with a core.js woven from plugin bundles.",
            footer = { "", "Commands: serve (the default), assemble, check. Each takes --help." })
    static final class Pyloom {
    }

    static List<String> commands() {
        return List.copyOf(COMMANDS);
    }
}
