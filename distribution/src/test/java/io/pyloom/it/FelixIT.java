package io.pyloom.it;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;
import static org.ops4j.pax.exam.CoreOptions.junitBundles;
import static org.ops4j.pax.exam.CoreOptions.options;
import static org.ops4j.pax.exam.CoreOptions.systemProperty;

import io.pyloom.it.support.FelixBundles;
import io.pyloom.server.api.Composed;
import io.pyloom.server.api.Composer;
import io.pyloom.server.api.PluginCatalog;
import io.pyloom.server.api.PluginInfo;
import io.pyloom.server.api.UnknownPluginException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import javax.inject.Inject;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;

/** The bundles of pyloom.jar in a real Felix: the plugins are found by capability and compose. */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class FelixIT {

    @Inject
    private PluginCatalog catalog;

    @Inject
    private Composer composer;

    @Configuration
    public Option[] config() {
        List<Option> options = new ArrayList<>();
        // No port needed here: HTTP stays off, the services are what is under test.
        options.add(systemProperty("org.apache.felix.http.enable").value("false"));
        options.add(systemProperty("org.ops4j.pax.url.mvn.localRepository")
                .value(System.getProperty("org.ops4j.pax.url.mvn.localRepository", "")));
        options.add(junitBundles());
        options.addAll(FelixBundles.options());
        return options(options.toArray(new Option[0]));
    }

    @Test
    public void theStandardPluginsAreFoundByCapability() {
        List<PluginInfo> plugins = catalog.plugins();
        assertEquals(List.of("editor", "error", "pydom", "terminal", "worker"), plugins.stream().map(PluginInfo::name).toList());
        assertEquals("io.pyloom.plugin.editor", plugins.get(0).bundle());
        assertEquals("0.1.0", plugins.get(0).version());
        assertEquals("io.pyloom.plugin.error", plugins.get(1).bundle());
        assertEquals("1.0.0", plugins.get(1).version());
        assertEquals("0.2.0", plugins.get(2).version());
        assertEquals("0.1.0", plugins.get(3).version());
        assertEquals("0.2.0", plugins.get(4).version());
        assertEquals(java.util.Set.of("editor", "error", "pydom", "terminal", "worker"), composer.defaultPlugins());
    }

    @Test
    public void aSetComposesInsideTheFrameworkAndOnlyOnce() throws Exception {
        Composed composed = composer.compose(List.of("error"));
        String js = new String(composed.js(), StandardCharsets.UTF_8);
        assertEquals(List.of("error"), composed.plugins());
        String runtime = new String(composed.runtime(), StandardCharsets.UTF_8);
        assertTrue(js.startsWith("//# allFunctionsCalledOnLoad\nconst pyloom$boot = "));
        assertTrue(js.contains("\"runtime\":\"" + composed.runtimeName() + "\""));
        assertTrue(runtime.contains("py-error"));
        assertFalse(runtime.contains("crossOriginIsolated"));
        assertTrue(composed.compileMillis() > 0);
        assertTrue("a second request is served from the cache", composed == composer.compose(List.of("error")));
    }

    @Test
    public void anUnknownPluginNamesTheKnownOnes() throws Exception {
        try {
            composer.compose(List.of("nosuch"));
            fail("composed an unknown plugin");
        } catch (UnknownPluginException e) {
            assertEquals("Unknown plugin 'nosuch'. Known plugins: editor, error, pydom, terminal, worker.", e.getMessage());
        }
    }
}
