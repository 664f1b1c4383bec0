package dev.skillsite.skill;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SourceFileTest {
    @Test
    void namesTheLineOfTheFirstByteThatIsNotUtf8() {
        Path file = Path.of("src/test/resources/bad/not-utf8/references/beta-three.md");
        ProblemException e = assertThrows(ProblemException.class, () -> SourceFile.read(file));
        assertEquals(11, e.problems().get(0).line());
        assertTrue(e.problems().get(0).message().contains("not UTF-8"));
    }

    @Test
    void readsUtf8Text() {
        assertTrue(SourceFile.read(Path.of("src/test/resources/skills/minimal/SKILL.md")).text().startsWith("---"));
    }

    @Test
    void readsAReplacementCharacterTheAuthorWrote() {
        String text = SourceFile.read(Path.of("src/test/resources/text/replacement-character.md")).text();
        assertTrue(text.contains("saw \uFFFD in a log"), text);
    }

    @Test
    void findsABadByteAfterAReplacementCharacterTheAuthorWrote() {
        Path file = Path.of("src/test/resources/text/replacement-then-bad-byte.md");
        ProblemException e = assertThrows(ProblemException.class, () -> SourceFile.read(file));
        assertEquals(5, e.problems().get(0).line());
    }

    @Test
    void leavesOutAByteOrderMark() {
        assertEquals("# With a byte-order mark\n", SourceFile.read(Path.of("src/test/resources/text/byte-order-mark.md")).text());
    }
}
