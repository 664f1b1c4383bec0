package dev.skillsite.build;

import dev.skillsite.markdown.Markdown;
import dev.skillsite.render.SiteSettings;
import dev.skillsite.skill.Problem;
import dev.skillsite.skill.ProblemException;
import org.jbake.app.JBakeException;
import org.jbake.app.configuration.DefaultJBakeConfiguration;
import org.jbake.app.configuration.JBakeConfigurationFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The project a skill is built with: JBake's configuration ({@code jbake.properties} over JBake's
 * defaults, with the build's destination and published address), the site settings read from it, the
 * markdown flavour those settings choose, and the theme. A project folder may hold none of these: a skill
 * then builds with JBake's defaults and the built-in theme.
 *
 * @param properties the bytes of {@code jbake.properties}, empty when the project has none: part of every cache key
 */
record Project(DefaultJBakeConfiguration config, SiteSettings settings, Markdown markdown, Theme theme, byte[] properties) {

    /** Loads the project, with its theme assembled in {@code themeFolder}, to write into {@code destination}. */
    static Project load(BuildOptions options, Path destination, Path themeFolder) {
        Path folder = options.project().toAbsolutePath().normalize();
        Path propertiesFile = folder.resolve("jbake.properties");
        DefaultJBakeConfiguration config;
        byte[] properties;
        try {
            config = new JBakeConfigurationFactory().createDefaultJbakeConfiguration(folder.toFile(), destination.toFile(), false);
            properties = Files.isRegularFile(propertiesFile) ? Files.readAllBytes(propertiesFile) : new byte[0];
        } catch (JBakeException | IOException e) {
            throw new ProblemException(Problem.error(propertiesFile, 0, "cannot load configuration: " + e.getMessage()));
        }
        if (!options.baseUrl().isBlank()) {
            config.setProperty("site.host", options.baseUrl());
        }
        Theme theme = Theme.assemble(folder, themeFolder);
        config.setTemplateFolder(theme.templates().toFile());
        config.setAssetFolder(theme.assets().toFile());
        SiteSettings settings = SiteSettings.from(config);
        if (!options.basePath().isEmpty()) {
            settings = settings.withBasePath(options.basePath());
        }
        return new Project(config, settings, new Markdown(settings.rawHtml(), settings.sourceLinks()), theme, properties);
    }
}
