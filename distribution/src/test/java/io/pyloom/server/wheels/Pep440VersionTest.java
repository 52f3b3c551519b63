package io.pyloom.server.wheels;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

class Pep440VersionTest {

    private static Pep440Version v(String text) {
        return Pep440Version.parse(text).orElseThrow(() -> new AssertionError("not a version: " + text));
    }

    /** Each version is below the next. */
    private static void ascending(String... versions) {
        for (int i = 0; i + 1 < versions.length; i++) {
            assertTrue(v(versions[i]).compareTo(v(versions[i + 1])) < 0, versions[i] + " < " + versions[i + 1]);
            assertTrue(v(versions[i + 1]).compareTo(v(versions[i])) > 0, versions[i + 1] + " > " + versions[i]);
        }
        List<String> shuffled = new ArrayList<>(List.of(versions));
        Collections.shuffle(shuffled, new Random(440));
        shuffled.sort(Pep440Version.ORDER);
        assertEquals(List.of(versions), shuffled);
    }

    private static void same(String a, String b) {
        assertEquals(0, v(a).compareTo(v(b)), a + " == " + b);
        assertEquals(v(a), v(b));
        assertEquals(v(a).hashCode(), v(b).hashCode());
    }

    @Test
    void thePepsOwnOrder() {
        ascending("1.0.dev1", "1.0a1", "1.0a2.dev1", "1.0a2", "1.0b1", "1.0rc1", "1.0", "1.0.post1", "1.1");
    }

    @Test
    void thePepsFullExample() {
        ascending("1.dev0", "1.0.dev456", "1.0a1", "1.0a2.dev456", "1.0a12.dev456", "1.0a12", "1.0b1.dev456", "1.0b2",
                "1.0b2.post345.dev456", "1.0b2.post345", "1.0rc1.dev456", "1.0rc1", "1.0", "1.0+abc.5", "1.0+abc.7",
                "1.0+5", "1.0.post456.dev34", "1.0.post456", "1.0.15", "1.1.dev1");
    }

    @Test
    void releaseNumbersAreNumbers() {
        ascending("0.9", "0.10", "0.10.1", "2", "10");
        ascending("1.9", "1.10", "1.100");
    }

    @Test
    void trailingZerosDoNotCount() {
        same("1.0", "1.0.0");
        same("1", "1.0.0.0");
        same("1.0a1", "1.0.0a1");
        assertFalse(v("1.0.1").equals(v("1.0")));
    }

    @Test
    void epochsComeFirst() {
        ascending("2024.1", "1!0.1", "1!1.0", "2!0.0.1");
        same("0!1.0", "1.0");
    }

    @Test
    void otherSpellingsAreNormalized() {
        same("1.0alpha1", "1.0a1");
        same("1.0-beta.2", "1.0b2");
        same("1.0c1", "1.0rc1");
        same("1.0pre1", "1.0rc1");
        same("1.0preview1", "1.0rc1");
        same("1.0a", "1.0a0");
        same("1.0-1", "1.0.post1");
        same("1.0rev1", "1.0.post1");
        same("1.0-r1", "1.0.post1");
        same("1.0.post", "1.0.post0");
        same("1.0-dev", "1.0.dev0");
        same("v1.0", "1.0");
        same(" 1.0\n", "1.0");
        same("1.0RC1", "1.0rc1");
        same("1.0+UBUNTU-1", "1.0+ubuntu.1");
        same("1.0+01", "1.0+1");
    }

    @Test
    void localVersionsSortAboveThePublicOne() {
        // Numbers above words; a longer local part above its own beginning.
        ascending("1.0", "1.0+a", "1.0+a.b", "1.0+a.1", "1.0+a.1.x", "1.0+b", "1.0+1", "1.0+2", "1.0+10", "1.0.post1");
    }

    @Test
    void preAndDevReleasesAreTold() {
        assertTrue(v("1.0a1").isPreRelease());
        assertTrue(v("1.0rc1").isPreRelease());
        assertTrue(v("1.0.dev1").isPreRelease());
        assertTrue(v("1.0.post1.dev1").isPreRelease());
        assertFalse(v("1.0").isPreRelease());
        assertFalse(v("1.0.post1").isPreRelease());
        assertFalse(v("1.0+local").isPreRelease());
    }

    @Test
    void notVersionsAreEmptyAndNeverThrow() {
        for (String text : new String[] { "", " ", "abc", "1.", ".1", "1..0", "1.0-", "1.0+", "1.0+a..b", "1.0 a1",
                "1.0a1a1", "1!", "!1.0", "1.0.dev1.post1", "99999999999999999999", "1.0+99999999999999999999",
                "1.0-pre-release", "latest" }) {
            assertEquals(Optional.empty(), assertDoesNotThrow(() -> Pep440Version.parse(text)), text);
        }
        assertEquals(Optional.empty(), Pep440Version.parse(null));
    }

    @Test
    void notVersionsSortBelowVersionsInATotalOrder() {
        assertTrue(Pep440Version.ORDER.compare("banana", "0.0.1.dev0") < 0);
        assertTrue(Pep440Version.ORDER.compare("1.0", "abc") > 0);
        assertTrue(Pep440Version.ORDER.compare("abc", "abd") < 0);
        assertEquals(0, Pep440Version.ORDER.compare("abc", "abc"));
        List<String> mixed = new ArrayList<>(List.of("1.0", "zz", "1.0rc1", "", "0.9", "a.b"));
        mixed.sort(Pep440Version.ORDER);
        assertEquals(List.of("", "a.b", "zz", "0.9", "1.0rc1", "1.0"), mixed);
    }

    @Test
    void printsTheNormalForm() {
        assertEquals("1!2.1rc3.post4.dev5+abc.6", v("1!2.1-RC-3-4-dev5+ABC-06").toString());
        assertEquals("1", v("1.0.0").toString()); // trailing zeros are dropped
        assertEquals("0", v("0.0").toString());
    }
}
