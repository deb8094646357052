package org.vigie.rules;

import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Compiled versions other than the active ones (candidates, the versions of an "as of" day): a stored
 * version is compiled from its ZIP once and kept among the last few used, least recently used out.
 */
final class CompiledVersions {
    private static final int KEPT = 8;

    private final PackLedger ledger;
    private final Path work;
    private final Map<String, RulePack> compiled = Collections.synchronizedMap(new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, RulePack> eldest) {
            return size() > KEPT;
        }
    });

    CompiledVersions(PackLedger ledger, Path work) {
        this.ledger = ledger;
        this.work = work;
    }

    void remember(String regulator, String hash, RulePack pack) {
        compiled.put(regulator + "@" + hash, pack);
    }

    RulePack of(PackLedger.StoredVersion version) {
        String key = version.regulator() + "@" + version.hash();
        RulePack pack = compiled.get(key);
        if (pack != null) {
            return pack;
        }
        Path folder = work.resolve(version.hash()).resolve(version.regulator());
        try {
            PackArchive.deleteRecursively(folder);
            PackArchive.unzip(ledger.archive(version.id()), folder, PackArchive.Limits.DEFAULT);
            pack = PackCompiler.compile(folder);
        } finally {
            PackArchive.deleteRecursively(folder.getParent());
        }
        compiled.put(key, pack);
        return pack;
    }
}
