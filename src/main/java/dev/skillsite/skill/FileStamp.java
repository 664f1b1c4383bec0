package dev.skillsite.skill;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;

/**
 * What the file system says of a file or folder without reading it: its size, the time it last changed and
 * which file it is. A file written again or replaced says something else; so does a folder a file was added
 * to, removed from or renamed in. Not a write within one tick of the file system's clock at the same size:
 * the caches keyed by it are also told what a watcher saw change.
 */
record FileStamp(long size, FileTime modified, Object file) {
    static FileStamp of(BasicFileAttributes attributes) {
        return new FileStamp(attributes.size(), attributes.lastModifiedTime(), attributes.fileKey());
    }

    /** The path's stamp now, following a link, or null when the file system cannot say (it is gone, say). */
    static FileStamp of(Path path) {
        try {
            return of(Files.readAttributes(path, BasicFileAttributes.class));
        } catch (IOException e) {
            return null;
        }
    }
}
