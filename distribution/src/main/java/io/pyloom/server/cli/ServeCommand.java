package io.pyloom.server.cli;

import io.pyloom.server.settings.Settings;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Dictionary;
import java.util.List;
import java.util.Hashtable;
import java.util.concurrent.Callable;
import org.osgi.service.cm.ConfigurationAdmin;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code serve}: checks the options and writes them as the server's settings (Configuration Admin). */
@Command(name = "serve", customSynopsis = "java -jar pyloom.jar [serve] [options]",
        description = "Serves PyScript pages with a core.js woven from the installed plugin bundles.",
        footer = { "", "Other commands: assemble, check (java -jar pyloom.jar COMMAND --help)." })
final class ServeCommand implements Callable<Integer> {

    private static final Logger LOG = LoggerFactory.getLogger(ServeCommand.class);

    private final ConfigurationAdmin configurations;

    @Spec
    CommandSpec spec;

    @Option(names = "--port", paramLabel = "N", description = "HTTP port (default 8080)")
    String port = "8080";

    @Option(names = "--apps", paramLabel = "DIR", description = "serve this folder at / instead of the example gallery")
    Path apps;

    @Option(names = "--plugins", paramLabel = "DIR",
            description = "watch this folder for plugin bundles, installed and removed while serving (default ./plugins)")
    Path plugins = Path.of("plugins");

    @Option(names = "--cache", paramLabel = "DIR", description = "keep composed core.js sets here across restarts (default ./pyloom-cache)")
    Path cache = Path.of("pyloom-cache");

    @Option(names = "--wheels", paramLabel = "DIR",
            description = "serve these wheels; packages names resolve here first, with their requirements")
    Path wheels;

    @Option(names = "--path", paramLabel = "PATH", description = "serve everything under this path, as a portal does (default /)")
    String path = "/";

    @Option(names = "--header", paramLabel = "'Name: value'",
            description = "add a header to every response; 'Name:' drops a default one (repeatable)")
    List<String> headers = new ArrayList<>();

    @Option(names = "--interpreters", paramLabel = "URL",
            description = "load the interpreters from elsewhere: a URL with {name}, {version} and {file} (default: this server)")
    String interpreters = "";

    @Option(names = { "--help", "-h" }, usageHelp = true, description = "show this help")
    boolean help;

    ServeCommand(ConfigurationAdmin configurations) {
        this.configurations = configurations;
    }

    @Override
    public Integer call() throws IOException {
        int number = Options.port(spec, port);
        Options.requireFolder(spec, "--apps", apps);
        Options.requireFolder(spec, "--wheels", wheels);
        Options.requirePath(spec, path);
        headers.forEach(header -> Options.requireHeader(spec, header));
        Options.requireInterpreters(spec, interpreters);
        // What the server needs of the machine, said in one line each, before it starts to serve.
        for (String problem : new String[] { PortCheck.problem(number), FolderCheck.problem("--cache", cache),
                FolderCheck.problem("--plugins", plugins) }) {
            if (problem != null) {
                spec.commandLine().getErr().println("pyloom: " + problem);
                return 1;
            }
        }
        Dictionary<String, Object> settings = new Hashtable<>();
        settings.put("port", number);
        settings.put("apps", apps == null ? "" : apps.toAbsolutePath().toString());
        settings.put("plugins", plugins.toAbsolutePath().toString());
        settings.put("cache", cache.toAbsolutePath().toString());
        settings.put("wheels", wheels == null ? "" : wheels.toAbsolutePath().toString());
        settings.put("path", path);
        settings.put("headers", headers.toArray(new String[0]));
        settings.put("interpreters", interpreters);
        configurations.getConfiguration(Settings.PID, "?").update(settings);
        LOG.info("Pyloom serving on http://localhost:{}{}", number, path.endsWith("/") ? path : path + "/");
        return 0;
    }
}
