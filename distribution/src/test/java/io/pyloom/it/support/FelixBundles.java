package io.pyloom.it.support;

import static org.ops4j.pax.exam.CoreOptions.bundle;
import static org.ops4j.pax.exam.CoreOptions.frameworkProperty;

import java.io.File;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.jar.JarFile;
import org.ops4j.pax.exam.Option;

/** pyloom.jar's bundles for a Felix of Pax Exam: the ones the build copied to target/bundles, and the server's. */
public final class FelixBundles {

    private FelixBundles() {
    }

    /** The bundles as options, each at its start level: what the others need to start comes first. */
    public static List<Option> options() {
        return options(jar -> true);
    }

    /** The bundles whose jar names pass the filter, and the server's. */
    public static List<Option> options(java.util.function.Predicate<String> keep) {
        List<Option> options = new ArrayList<>();
        // Felix would hand the JDK's ServiceLoader the test's class path, where slf4j's provider is
        // a stranger to the framework's slf4j: the server's log would be lost.
        options.add(frameworkProperty("felix.bootdelegation.implicit").value("false"));
        File[] jars = new File(System.getProperty("pyloom.bundles", "target/bundles")).listFiles();
        if (jars == null) {
            throw new IllegalStateException("No bundles in target/bundles: run mvn verify");
        }
        Arrays.sort(jars);
        for (File jar : jars) {
            String name = jar.getName();
            if (name.endsWith(".jar") && !name.startsWith("org.apache.felix.framework") && keep.test(name) && isBundle(jar)) {
                options.add(bundle(jar.toURI().toString()).startLevel(startLevel(name)));
            }
        }
        File server = new File("target").listFiles((dir, n) -> n.startsWith("distribution-") && n.endsWith(".jar") && !n.endsWith("-tests.jar"))[0];
        options.add(bundle(server.toURI().toString()).startLevel(3));
        return options;
    }

    /** SPI Fly weaves slf4j's service lookup only when it is there first; then what logs. */
    private static int startLevel(String jar) {
        if (jar.startsWith("org.apache.aries.spifly") || jar.startsWith("asm")) {
            return 1;
        }
        return jar.startsWith("slf4j") ? 2 : 3;
    }

    private static boolean isBundle(File jar) {
        try (JarFile file = new JarFile(jar)) {
            return file.getManifest() != null
                    && file.getManifest().getMainAttributes().getValue("Bundle-SymbolicName") != null;
        } catch (IOException e) {
            return false;
        }
    }
}
