package io.pyloom.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class DedentTest {

    @Test
    void removesTheIndentationAllLinesShare() {
        assertEquals("\nimport sys\nif True:\n    print(1)\n",
                Dedent.dedent("\n    import sys\n    if True:\n        print(1)\n    "));
    }

    @Test
    void keepsFlushCodeAsItIs() {
        assertEquals("x = 1\n  y = 2", Dedent.dedent("x = 1\n  y = 2"));
    }

    @Test
    void ignoresBlankLinesWhenMeasuring() {
        assertEquals("a\n\nb", Dedent.dedent("  a\n \n  b"));
    }

    @Test
    void acceptsWindowsAndOldMacLineEnds() {
        assertEquals("a\nb\nc", Dedent.dedent("  a\r\n  b\r  c"));
    }

    @Test
    void emptyAndBlankCodeStayEmpty() {
        assertEquals("", Dedent.dedent(""));
        assertEquals("\n", Dedent.dedent("   \n  "));
    }
}
