package io.pyloom.server.compose;

import io.pyloom.server.api.ComposeException;
import io.pyloom.server.api.Composed;
import io.pyloom.server.api.Composer;
import io.pyloom.server.api.UnknownPluginException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Collections;
import java.util.Enumeration;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** The Composer service: TeaVM from this bundle's class path over the tracked kernel and plugins. */
@Component(service = Composer.class)
public final class ComposerComponent implements Composer {

    private final Composer composer;

    @Activate
    public ComposerComponent(@Reference SourceProvider sources, BundleContext context) {
        Interpreters interpreters = new Interpreters(hostedVersions(context.getBundle()));
        String toml = list(context.getBundle(), "vendor/smol-toml/").stream().sorted().reduce((a, b) -> b)
                .map(folder -> folder + "dist/parse.js").orElse(null);
        this.composer = new CachingComposer(sources, interpreters, toml,
                new TeaVmCompiler(ComposerComponent.class.getClassLoader()));
    }

    @Override
    public Composed compose(Collection<String> plugins) throws UnknownPluginException, ComposeException {
        return composer.compose(plugins);
    }

    @Override
    public Set<String> defaultPlugins() {
        return composer.defaultPlugins();
    }

    /** interpreters/NAME/VERSION/ folders in this bundle: NAME to its VERSIONs, sorted. */
    static Map<String, List<String>> hostedVersions(Bundle bundle) {
        Map<String, List<String>> versions = new TreeMap<>();
        for (String engine : list(bundle, "interpreters/")) {
            String name = engine.substring("interpreters/".length(), engine.length() - 1);
            for (String version : list(bundle, engine)) {
                versions.computeIfAbsent(name, n -> new ArrayList<>())
                        .add(version.substring(engine.length(), version.length() - 1));
            }
        }
        versions.values().forEach(list -> list.sort(null));
        return versions;
    }

    private static List<String> list(Bundle bundle, String folder) {
        Enumeration<String> paths = bundle.getEntryPaths(folder);
        return paths == null ? List.of() : Collections.list(paths);
    }
}
