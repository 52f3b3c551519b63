package io.pyloom.server.wheels;

import static io.pyloom.it.support.WheelBuilder.wheel;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WheelhouseTest {

    @TempDir
    Path folder;

    private String chosen(String project) throws IOException {
        return Wheelhouse.index(folder).get(project).version();
    }

    /** Writes a wheel of the project for each version, in this order. */
    private void wheels(String project, String... versions) throws IOException {
        for (String version : versions) {
            wheel(project, version).writeInto(folder);
        }
    }

    @Test
    void theNewestReleaseByNumber() throws IOException {
        wheels("foo", "0.9", "0.10", "0.2");
        assertEquals("0.10", chosen("foo"));
    }

    @Test
    void aReleaseIsAboveItsCandidates() throws IOException {
        wheels("foo", "1.0rc1", "1.0", "1.0b2");
        assertEquals("1.0", chosen("foo"));
    }

    @Test
    void preAndDevReleasesAreSkippedWhenAReleaseExists() throws IOException {
        wheels("foo", "1.0", "2.0rc1", "2.0.dev3");
        assertEquals("1.0", chosen("foo"));
    }

    @Test
    void onlyPreReleasesMeansTheNewestOfThem() throws IOException {
        wheels("bar", "2.0a1", "2.0b1", "2.0.dev9");
        assertEquals("2.0b1", chosen("bar"));
    }

    @Test
    void postReleasesAreReleases() throws IOException {
        wheels("foo", "1.0", "1.0.post1");
        assertEquals("1.0.post1", chosen("foo"));
    }

    @Test
    void anyVersionIsAboveNoVersion() throws IOException {
        wheels("odd", "nightly", "0.1a1");
        assertEquals("0.1a1", chosen("odd"));
        wheel("weird", "nightly").writeInto(folder);
        assertEquals("nightly", chosen("weird"));
    }

    @Test
    void equalVersionsKeepTheFirstFile() throws IOException {
        wheels("foo", "1.0", "1.0.0");
        assertEquals("1.0", chosen("foo")); // foo-1.0-... sorts before foo-1.0.0-...
    }

    @Test
    void projectsAreIndexedByNormalizedNameWithTheirRequirements() throws IOException {
        wheel("Foo_Bar", "1.0").requires("numpy>=1.0", "Typing.Extensions; python_version<'3.8'", "pytest; extra == 'test'")
                .writeInto(folder);
        Map<String, Wheelhouse.Wheel> index = Wheelhouse.index(folder);
        assertEquals(List.of("foo-bar"), List.copyOf(index.keySet()));
        assertEquals(List.of("numpy", "typing-extensions"), index.get("foo-bar").requires());
    }

    @Test
    void preferenceRanksFinalThenPreThenNoVersion() {
        assertTrue(Wheelhouse.PREFERENCE.compare("1.0", "9.0rc1") > 0);
        assertTrue(Wheelhouse.PREFERENCE.compare("9.0rc1", "nightly") > 0);
        assertTrue(Wheelhouse.PREFERENCE.compare("1.1", "1.0") > 0);
        assertTrue(Wheelhouse.PREFERENCE.compare("1.0a2", "1.0a10") < 0);
        assertEquals(0, Wheelhouse.PREFERENCE.compare("1.0", "1.0.0"));
    }
}
