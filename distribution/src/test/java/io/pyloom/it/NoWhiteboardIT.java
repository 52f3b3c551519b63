package io.pyloom.it;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.ops4j.pax.exam.CoreOptions.junitBundles;
import static org.ops4j.pax.exam.CoreOptions.options;

import io.pyloom.it.support.CapturedLog;
import io.pyloom.it.support.FelixBundles;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javax.inject.Inject;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;

/**
 * A container without the Jakarta Servlet Whiteboard 2.0 (as Karaf's own Pax Web or Liferay's
 * whiteboard would be): the server bundle still starts, and says in one log line what is missing
 * and what to install, instead of staying silently unresolved.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class NoWhiteboardIT {

    @Inject
    private BundleContext context;

    @Configuration
    public Option[] config() {
        List<Option> options = new ArrayList<>();
        options.add(junitBundles());
        options.addAll(FelixBundles.options(jar -> !jar.startsWith("org.apache.felix.http")));
        return options(options.toArray(new Option[0]));
    }

    @Test
    public void theServerStartsAndSaysWhatIsMissingInOneLine() throws Exception {
        Bundle server = Arrays.stream(context.getBundles())
                .filter(bundle -> "io.pyloom.server".equals(bundle.getSymbolicName())).findFirst().orElseThrow();
        server.start(); // says why, if it cannot
        assertEquals("the bundle resolves and starts", Bundle.ACTIVE, server.getState());
        try (CapturedLog log = new CapturedLog()) {
            server.stop();
            server.start();
            String said = log.await("Pyloom serves nothing here");
            assertTrue(said, said.contains("Pyloom serves nothing here: this framework has no Jakarta Servlet Whiteboard 2.0 "
                    + "(missing jakarta.servlet, org.osgi.service.servlet.context). "
                    + "Install one, such as Apache Felix HTTP Jetty 12"));
            assertEquals(said, 1, log.count("Pyloom serves nothing here"));
            assertTrue("no component fails for want of a servlet class: " + said, !said.contains("NoClassDefFoundError"));
        }
        assertEquals(Bundle.ACTIVE, server.getState());
    }
}
