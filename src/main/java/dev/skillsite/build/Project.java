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
 * defaults, with the build's destination and published address), the site settings read from it, and
 * the markdown flavour those settings choose.
 *
 * @param properties the bytes of {@code jbake.properties}, empty when the project has none: part of every cache key
 */
record Project(DefaultJBakeConfiguration config, SiteSettings settings, Markdown markdown, byte[] properties) {

    static Project load(BuildOptions options, Path destination) {
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
        if (!Files.isDirectory(config.getTemplateFolder().toPath())) {
            throw new ProblemException(Problem.error(config.getTemplateFolder().toPath(), 0,
                    "no templates folder: run from the project folder or pass --project"));
        }
        SiteSettings settings = SiteSettings.from(config);
        return new Project(config, settings, new Markdown(settings.rawHtml(), settings.sourceLinks()), properties);
    }

    Path templates() {
        return config.getTemplateFolder().toPath().toAbsolutePath();
    }

    Path assets() {
        return config.getAssetFolder().toPath().toAbsolutePath();
    }
}
