package dev.skillsite.site;

import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

class SourceLineTest {
    @Test
    void theAttributeValueIsFileColonLineAndReadsBack() {
        SourceLine line = new SourceLine("reference/memory-eviction.md", 42);
        assertEquals("reference/memory-eviction.md:42", line.value());
        assertEquals(Optional.of(line), SourceLine.parse(line.value()));
    }

    @Test
    void aValueThatIsNotFileAndLineIsSomeoneElsesAndNotASource() {
        assertEquals(Optional.empty(), SourceLine.parse("twitter"));
        assertEquals(Optional.empty(), SourceLine.parse("a.md:"));
        assertEquals(Optional.empty(), SourceLine.parse("a.md:12345678901"));
    }

    @Test
    void aFileWithColonsKeepsThemAndTheLastNumberIsTheLine() {
        assertEquals(Optional.of(new SourceLine("c:/skill/a.md", 3)), SourceLine.parse("c:/skill/a.md:3"));
    }

    @Test
    void underAFolderNamesTheFileFromThere() {
        assertEquals(new SourceLine("content/reference/a.md", 3), new SourceLine("reference/a.md", 3).under("content"));
        assertEquals(new SourceLine("reference/a.md", 3), new SourceLine("reference/a.md", 3).under(""));
    }
}
