package dev.skillsite.render;

import java.util.Map;

/**
 * What the rendering stage of an earlier build wrote: per output path, the fingerprint of everything
 * that went into the file (templates, the page's view, the site's view), and the file's size and
 * modification time as it was written. A later build copies a file from the previous output instead of
 * rendering it when the fingerprint is the same and the file is still as it was written.
 */
public record PageMemo(Map<String, Entry> entries) {
    public static final PageMemo EMPTY = new PageMemo(Map.of());

    public PageMemo {
        entries = Map.copyOf(entries);
    }

    public record Entry(String inputs, long size, long modified) {
    }
}
