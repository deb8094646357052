package org.vigie.rules;

import java.nio.file.Path;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the rule packs live and how often the folder is checked for edits.
 *
 * @param directory the {@code rules/} folder, one sub-folder per regulator
 * @param reloadInterval how often edited packs are recompiled and, when they compile, swapped in
 */
@ConfigurationProperties("vigie.rules")
public record RulesSettings(@DefaultValue("rules") Path directory, @DefaultValue("2s") Duration reloadInterval) {
}
