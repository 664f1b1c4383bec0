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
}
