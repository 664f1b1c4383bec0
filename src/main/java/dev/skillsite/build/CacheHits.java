package dev.skillsite.build;

/**
 * How much of a build came from the caches of the previous one: topics not parsed again, files linked
 * rather than rendered, pages the link check did not parse again, each out of all of them.
 */
public record CacheHits(int topicsCached, int topics, int filesCached, int files, int readsCached, int reads) {

    @Override
    public String toString() {
        return "from the cache: " + topicsCached + "/" + topics + " topics, " + filesCached + "/" + files + " files, "
                + readsCached + "/" + reads + " page reads";
    }
}
