package io.pyloom.kernel.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class FilesPlanTest {

    private static List<String> plan(String... pairs) throws RuleException {
        List<String[]> files = new ArrayList<>();
        for (int i = 0; i < pairs.length; i += 2) {
            files.add(new String[] { pairs[i], pairs[i + 1] });
        }
        List<String> out = new ArrayList<>();
        for (FilesPlan.Entry entry : FilesPlan.of(files)) {
            out.add(entry.url + " -> " + entry.path);
        }
        return out;
    }

    @Test
    void plainUrlToPath() throws RuleException {
        assertEquals(List.of("https://example.com/data.csv -> ./data.csv", "/code.py -> ./subdir/code.py"),
                plan("https://example.com/data.csv", "./data.csv", "/code.py", "./subdir/code.py"));
    }

    @Test
    void anEmptyDestinationIsTheFileNameAtTheRoot() throws RuleException {
        assertEquals(List.of("https://example.com/data.csv?v=2 -> ./data.csv"), plan("https://example.com/data.csv?v=2", ""));
    }

    @Test
    void placeholdersAsTheUserGuideWritesThem() throws RuleException {
        assertEquals(List.of("https://my-server.com/a/path/1.2.3/__init__.py -> ./my_module/__init__.py",
                "https://my-server.com/a/path/1.2.3/foo.py -> ./my_module/foo.py"),
                plan("{DOMAIN}", "https://my-server.com", "{PATH}", "a/path", "{VERSION}", "1.2.3",
                        "{FROM}", "{DOMAIN}/{PATH}/{VERSION}", "{TO}", "./my_module/",
                        "{FROM}/__init__.py", "{TO}", "{FROM}/foo.py", "{TO}"));
    }

    @Test
    void archivesUnpackToAFolder() throws RuleException {
        assertEquals(List.of("pkg.zip -> ./lib/*", "more.tar.gz -> ./lib/*"), plan("pkg.zip", "./lib/*", "more.tar.gz", "./lib/*"));
    }

    @Test
    void theCulpritIsNamed() {
        assertEquals("(PY1000): Undefined placeholder {NOPE} in files, used by {NOPE}/a.py",
                assertThrows(RuleException.class, () -> plan("{NOPE}/a.py", "")).getMessage());
        assertEquals("(PY1000): Undefined placeholder {LATER} in files, used by {A}",
                assertThrows(RuleException.class, () -> plan("{A}", "{LATER}", "{LATER}", "x")).getMessage());
        assertEquals("(PY1000): Duplicated destination ./a.py in files",
                assertThrows(RuleException.class, () -> plan("one/a.py", "", "two/a.py", "./a.py")).getMessage());
        assertEquals("(PY1000): Duplicated placeholder {A} in files",
                assertThrows(RuleException.class, () -> plan("{A}", "1", "{A}", "2")).getMessage());
        assertEquals("(PY1000): Unsupported archive data.csv in files: only .zip, .whl, .tgz, .tar and .tar.gz unpack to a folder/*",
                assertThrows(RuleException.class, () -> plan("data.csv", "./x/*")).getMessage());
    }
}
