package org.vigie.rules;

import java.nio.file.Path;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.ConstructorBinding;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Where the rule packs live, how often the folder is checked for edits, and how large an uploaded pack may be.
 *
 * @param directory the {@code rules/} folder, one sub-folder per regulator
 * @param reloadInterval how often edited packs are recompiled and, when they compile, swapped in
 * @param maxUpload the largest ZIP accepted by the upload endpoint (unpacked, a pack is also bounded by {@link PackArchive.Limits})
 */
@ConfigurationProperties("vigie.rules")
public record RulesSettings(@DefaultValue("rules") Path directory, @DefaultValue("2s") Duration reloadInterval,
                            @DefaultValue("1MB") DataSize maxUpload) {

    @ConstructorBinding
    public RulesSettings {
    }

    public RulesSettings(Path directory, Duration reloadInterval) {
        this(directory, reloadInterval, DataSize.ofMegabytes(1));
    }
}
