package dev.skillsite.render;

import org.jbake.app.configuration.DefaultJBakeConfiguration;

import java.util.Collections;
import java.util.Map;

/**
 * JBake's configuration as one render's pages see it. JBake gives every page's template the configuration as
 * a map ({@code config}), made anew for each page from every key, which at 10,000 pages was a tenth of
 * writing them; nothing changes the configuration while pages are written, so the map is made once, when the
 * writer starts. Every other setting is read from the same configuration as before.
 */
final class SettledConfiguration extends DefaultJBakeConfiguration {
    private final Map<String, Object> asMap;

    SettledConfiguration(DefaultJBakeConfiguration config) {
        super(config.getCompositeConfiguration());
        this.asMap = Collections.unmodifiableMap(config.asHashMap());
    }

    @Override
    public Map<String, Object> asHashMap() {
        return asMap;
    }
}
