package dev.skillsite.cli;

import picocli.CommandLine.Option;

import java.nio.file.Path;

/** Where a skill and its project are: the options {@code build} and {@code serve} share. */
final class SkillOptions {
    @Option(names = "--content", paramLabel = "DIR", defaultValue = "content",
            description = "The skill folder holding SKILL.md, or a folder of skills at any depth (default: ${DEFAULT-VALUE}).")
    Path content;

    @Option(names = "--project", paramLabel = "DIR", defaultValue = ".",
            description = "The folder with jbake.properties, templates/ and assets/ (default: ${DEFAULT-VALUE}).")
    Path project;
}
