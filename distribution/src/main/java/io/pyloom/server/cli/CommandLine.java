package io.pyloom.server.cli;

import io.pyloom.server.http.AppsServlet;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Dictionary;
import java.util.Hashtable;
import org.osgi.framework.ServiceReference;
import org.osgi.service.cm.Configuration;
import org.osgi.service.cm.ConfigurationAdmin;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code java -jar pyloom.jar [serve] [--port N] [--apps DIR]}: reads the launcher's arguments and
 * turns them into configuration. Jetty stays off until this sets its port, so it binds only once.
 */
@Component(immediate = true)
public final class CommandLine {

    static final String HTTP_PID = "org.apache.felix.http";
    private static final Logger LOG = LoggerFactory.getLogger(CommandLine.class);

    @Activate
    public CommandLine(@Reference ConfigurationAdmin configurations,
            @Reference(service = Object.class, target = "(launcher.arguments=*)") ServiceReference<Object> launcher)
            throws IOException {
        Object arguments = launcher.getProperty("launcher.arguments");
        String[] args = arguments instanceof String[] strings ? strings : new String[0];
        ServeOptions options;
        try {
            options = ServeOptions.parse(args);
        } catch (IllegalArgumentException e) {
            exit(System.err, "pyloom: " + e.getMessage() + "\n\n" + ServeOptions.USAGE, 2);
            return;
        }
        if (options.help()) {
            exit(System.out, ServeOptions.USAGE, 0);
            return;
        }
        if (options.apps() != null && !Files.isDirectory(options.apps())) {
            exit(System.err, "pyloom: --apps " + options.apps() + ": no such folder", 2);
            return;
        }
        update(configurations.getConfiguration(AppsServlet.PID, "?"), "folder",
                options.apps() == null ? "" : options.apps().toAbsolutePath().toString());
        Dictionary<String, Object> http = new Hashtable<>();
        http.put("org.osgi.service.http.port", options.port());
        http.put("org.apache.felix.http.enable", true);
        configurations.getConfiguration(HTTP_PID, "?").update(http);
        LOG.info("Pyloom serving on http://localhost:{}/", options.port());
    }

    private static void update(Configuration configuration, String key, Object value) throws IOException {
        Dictionary<String, Object> properties = new Hashtable<>();
        properties.put(key, value);
        configuration.update(properties);
    }

    /** Exits from another thread: the framework's shutdown waits for this activation to return. */
    private static void exit(PrintStream stream, String message, int status) {
        stream.println(message);
        stream.flush();
        Thread exit = new Thread(() -> System.exit(status), "pyloom-exit");
        exit.start();
    }

    /** The options of {@code serve}. */
    record ServeOptions(int port, Path apps, boolean help) {

        static final String USAGE = String.join("\n",
                "Usage: java -jar pyloom.jar [serve] [options]",
                "",
                "Serves PyScript pages with a core.js woven from the installed plugin bundles.",
                "",
                "Options:",
                "  --port N      HTTP port (default 8080)",
                "  --apps DIR    serve this folder at / instead of the example gallery",
                "  --help        show this help");

        static ServeOptions parse(String[] args) {
            int port = 8080;
            Path apps = null;
            boolean help = false;
            for (int i = 0; i < args.length; i++) {
                String arg = args[i];
                switch (arg) {
                    case "serve" -> {
                        if (i != 0) {
                            throw new IllegalArgumentException("'serve' must come first");
                        }
                    }
                    case "--help", "-h" -> help = true;
                    case "--port" -> port = port(valueOf(args, ++i, arg));
                    case "--apps" -> apps = Path.of(valueOf(args, ++i, arg));
                    default -> throw new IllegalArgumentException("unknown argument '" + arg + "'");
                }
            }
            return new ServeOptions(port, apps, help);
        }

        private static String valueOf(String[] args, int i, String option) {
            if (i >= args.length || args[i].startsWith("--")) {
                throw new IllegalArgumentException(option + " needs a value");
            }
            return args[i];
        }

        private static int port(String value) {
            try {
                int port = Integer.parseInt(value);
                if (port < 1 || port > 65535) {
                    throw new NumberFormatException();
                }
                return port;
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("--port needs a number from 1 to 65535, not '" + value + "'");
            }
        }
    }
}
