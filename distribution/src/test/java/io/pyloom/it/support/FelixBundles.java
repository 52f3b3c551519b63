package io.pyloom.it.support;

import static org.ops4j.pax.exam.CoreOptions.bundle;

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
        List<Option> options = new ArrayList<>();
        File[] jars = new File(System.getProperty("pyloom.bundles", "target/bundles")).listFiles();
        if (jars == null) {
            throw new IllegalStateException("No bundles in target/bundles: run mvn verify");
        }
        Arrays.sort(jars);
        for (File jar : jars) {
            String name = jar.getName();
            if (name.endsWith(".jar") && !name.startsWith("org.apache.felix.framework") && isBundle(jar)) {
                boolean early = name.startsWith("org.apache.aries.spifly") || name.startsWith("asm") || name.startsWith("slf4j");
                options.add(bundle(jar.toURI().toString()).startLevel(early ? 1 : 2));
            }
        }
        File server = new File("target").listFiles((dir, n) -> n.startsWith("distribution-") && n.endsWith(".jar"))[0];
        options.add(bundle(server.toURI().toString()).startLevel(2));
        return options;
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
