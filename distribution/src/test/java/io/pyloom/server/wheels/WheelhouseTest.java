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

    @Test
    void theNewestReleaseByNumber() throws IOException {
        wheel("foo", "0.9").writeInto(folder);
        wheel("foo", "0.10").writeInto(folder);
        wheel("foo", "0.2").writeInto(folder);
        assertEquals("0.10", chosen("foo"));
    }

    @Test
    void aReleaseIsAboveItsCandidates() throws IOException {
        wheel("foo", "1.0rc1").writeInto(folder);
        wheel("foo", "1.0").writeInto(folder);
        wheel("foo", "1.0b2").writeInto(folder);
        assertEquals("1.0", chosen("foo"));
    }

    @Test
    void preAndDevReleasesAreSkippedWhenAReleaseExists() throws IOException {
        wheel("foo", "1.0").writeInto(folder);
        wheel("foo", "2.0rc1").writeInto(folder);
        wheel("foo", "2.0.dev3").writeInto(folder);
        assertEquals("1.0", chosen("foo"));
    }

    @Test
    void onlyPreReleasesMeansTheNewestOfThem() throws IOException {
        wheel("bar", "2.0a1").writeInto(folder);
        wheel("bar", "2.0b1").writeInto(folder);
        wheel("bar", "2.0.dev9").writeInto(folder);
        assertEquals("2.0b1", chosen("bar"));
    }

    @Test
    void postReleasesAreReleases() throws IOException {
        wheel("foo", "1.0").writeInto(folder);
        wheel("foo", "1.0.post1").writeInto(folder);
        assertEquals("1.0.post1", chosen("foo"));
    }

    @Test
    void anyVersionIsAboveNoVersion() throws IOException {
        wheel("odd", "nightly").writeInto(folder);
        wheel("odd", "0.1a1").writeInto(folder);
        assertEquals("0.1a1", chosen("odd"));
        wheel("weird", "nightly").writeInto(folder);
        assertEquals("nightly", chosen("weird"));
    }

    @Test
    void equalVersionsKeepTheFirstFile() throws IOException {
        wheel("foo", "1.0").writeInto(folder);
        wheel("foo", "1.0.0").writeInto(folder);
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
