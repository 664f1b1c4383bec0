package dev.skillsite.build;

/**
 * How much of a build came from the previous one: topics not parsed again, files linked rather than
 * rendered, pages the link check did not read again, each out of all of them.
 */
public record Reuse(int topicsReused, int topics, int filesReused, int files, int pagesReused, int pages) {

    @Override
    public String toString() {
        return "reused " + topicsReused + "/" + topics + " topics, " + filesReused + "/" + files + " files, "
                + pagesReused + "/" + pages + " page reads";
    }
}
