package dev.skillsite.markdown;

import java.io.Serializable;

/** A heading of a rendered page: its level, plain text, the id it links by, and its source line. */
public record Heading(int level, String text, String id, int line) implements Serializable {
}
