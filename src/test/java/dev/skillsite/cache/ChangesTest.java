package dev.skillsite.cache;

import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A cache's values as a whole written once and the changes since. */
class ChangesTest {
    private static final List<String> A = List.of("a");
    private static final List<String> B = List.of("b");
    private static final Map<String, List<String>> WHOLE = Map.of("a", A, "b", B);

    @Test
    void aValueTakenFromTheWholeIsNoChangeAndAnyOtherIs() {
        Map<String, List<String>> values = new HashMap<>(WHOLE);
        List<String> equalButMadeAgain = List.of("b");
        values.put("b", equalButMadeAgain);
        values.put("c", List.of("c"));

        Changes<List<String>> changes = Changes.between(WHOLE, values);

        assertEquals(Set.of("b", "c"), changes.changed().keySet(), "made since, even when equal: written again, never wrong");
        assertEquals(Set.of(), changes.removed());
        assertSame(A, changes.get(WHOLE, "a"));
        assertSame(equalButMadeAgain, changes.get(WHOLE, "b"));
    }

    @Test
    void aKeyTheWholeHasAndTheValuesLackIsRemoved() {
        Changes<List<String>> changes = Changes.between(WHOLE, Map.of("a", A));
        assertEquals(Set.of("b"), changes.removed());
        assertNull(changes.get(WHOLE, "b"));
    }

    @Test
    void changesOutgrowTheWholeAtMoreThanAnEighthOfIt() {
        Map<String, Integer> whole = new HashMap<>();
        for (int i = 0; i < 16; i++) {
            whole.put("k" + i, i);
        }
        assertFalse(new Changes<>(Map.of("k0", -1), Set.of("k1")).outgrow(whole));
        assertTrue(new Changes<>(Map.of("k0", -1, "k2", -2), Set.of("k1")).outgrow(whole));
        assertTrue(new Changes<>(Map.of("new", 1), Set.of()).outgrow(Map.of()), "nothing yet: the first values are a whole");
    }
}
