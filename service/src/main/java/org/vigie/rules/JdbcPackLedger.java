package org.vigie.rules;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/** The rule packs' history in the database (tables {@code rule_pack_*}), so that every instance serves the same version. */
@Component
class JdbcPackLedger implements PackLedger {
    private static final String VERSION_COLUMNS =
            "id, regulator, version, hash, source, created_by, created_at, valid, cases, problems";
    private static final String ACTIVATION_COLUMNS =
            "id, regulator, version_id, version, hash, previous_hash, activated_by, activated_at";

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final Clock clock;

    JdbcPackLedger(JdbcClient jdbc, TransactionTemplate transactions, Clock clock) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public StoredVersion store(String regulator, String version, String hash, byte[] archive, String source, String by,
                               boolean valid, int cases, List<PackProblem> problems) {
        Optional<StoredVersion> existing = versionByHash(regulator, hash);
        if (existing.isPresent()) {
            return existing.get();
        }
        try {
            jdbc.sql("INSERT INTO rule_pack_version (regulator, version, hash, archive, source, created_by, created_at, valid, cases, problems)"
                            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                    .params(regulator, version, hash, archive, source, by, Timestamp.from(clock.instant()), valid, cases,
                            encode(problems))
                    .update();
        } catch (DuplicateKeyException sameContentStoredMeanwhile) {
            // another instance stored the same content first: that row is the one
        }
        return versionByHash(regulator, hash).orElseThrow();
    }

    @Override
    public Optional<StoredVersion> version(String regulator, long id) {
        return jdbc.sql("SELECT " + VERSION_COLUMNS + " FROM rule_pack_version WHERE regulator = ? AND id = ?")
                .params(regulator, id).query(JdbcPackLedger::version).optional();
    }

    @Override
    public Optional<StoredVersion> versionByHash(String regulator, String hash) {
        return jdbc.sql("SELECT " + VERSION_COLUMNS + " FROM rule_pack_version WHERE regulator = ? AND hash = ?")
                .params(regulator, hash).query(JdbcPackLedger::version).optional();
    }

    @Override
    public List<StoredVersion> versions(String regulator) {
        return jdbc.sql("SELECT " + VERSION_COLUMNS + " FROM rule_pack_version WHERE regulator = ? ORDER BY id DESC")
                .param(regulator).query(JdbcPackLedger::version).list();
    }

    @Override
    public byte[] archive(long versionId) {
        return jdbc.sql("SELECT archive FROM rule_pack_version WHERE id = ?").param(versionId).query(byte[].class).single();
    }

    @Override
    public Optional<Activation> activate(StoredVersion version, String by, Runnable whileActivating) {
        try {
            return transactions.execute(tx -> activateInTransaction(version, by, whileActivating));
        } catch (DuplicateKeyException firstActivationRace) {
            // two instances activated the regulator's first version at once: the row now exists, decide again
            return transactions.execute(tx -> activateInTransaction(version, by, whileActivating));
        }
    }

    private Optional<Activation> activateInTransaction(StoredVersion version, String by, Runnable whileActivating) {
        Optional<String> current = jdbc.sql("SELECT hash FROM rule_pack_active WHERE regulator = ? FOR UPDATE")
                .param(version.regulator()).query(String.class).optional();
        if (current.isPresent() && current.get().equals(version.hash())) {
            return Optional.empty();
        }
        Timestamp now = Timestamp.from(clock.instant());
        if (current.isPresent()) {
            jdbc.sql("UPDATE rule_pack_active SET version_id = ?, hash = ?, activated_at = ? WHERE regulator = ?")
                    .params(version.id(), version.hash(), now, version.regulator()).update();
        } else {
            jdbc.sql("INSERT INTO rule_pack_active (regulator, version_id, hash, activated_at) VALUES (?, ?, ?, ?)")
                    .params(version.regulator(), version.id(), version.hash(), now).update();
        }
        jdbc.sql("INSERT INTO rule_pack_activation (regulator, version_id, version, hash, previous_hash, activated_by, activated_at)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?)")
                .params(version.regulator(), version.id(), version.version(), version.hash(), current.orElse(null), by, now)
                .update();
        whileActivating.run();
        return jdbc.sql("SELECT " + ACTIVATION_COLUMNS + " FROM rule_pack_activation WHERE regulator = ? ORDER BY id DESC LIMIT 1")
                .param(version.regulator()).query(JdbcPackLedger::activation).optional();
    }

    @Override
    public Map<String, Active> active() {
        return jdbc.sql("SELECT regulator, version_id, hash FROM rule_pack_active")
                .query((rs, n) -> new Active(rs.getString(1), rs.getLong(2), rs.getString(3)))
                .list().stream().collect(Collectors.toMap(Active::regulator, Function.identity()));
    }

    @Override
    public List<Activation> activations(String regulator) {
        return jdbc.sql("SELECT " + ACTIVATION_COLUMNS + " FROM rule_pack_activation WHERE regulator = ? ORDER BY id DESC")
                .param(regulator).query(JdbcPackLedger::activation).list();
    }

    @Override
    public Optional<Activation> activeAt(String regulator, Instant at) {
        return jdbc.sql("SELECT " + ACTIVATION_COLUMNS + " FROM rule_pack_activation WHERE regulator = ? AND activated_at <= ?"
                        + " ORDER BY activated_at DESC, id DESC LIMIT 1")
                .params(regulator, Timestamp.from(at)).query(JdbcPackLedger::activation).optional();
    }

    private static StoredVersion version(ResultSet rs, int n) throws SQLException {
        return new StoredVersion(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                rs.getString(6), rs.getTimestamp(7).toInstant(), rs.getBoolean(8), rs.getInt(9), decode(rs.getString(10)));
    }

    private static Activation activation(ResultSet rs, int n) throws SQLException {
        return new Activation(rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getString(4), rs.getString(5),
                rs.getString(6), rs.getString(7), rs.getTimestamp(8).toInstant());
    }

    /** One problem per line: file, line, column and message separated by tabs. */
    private static String encode(List<PackProblem> problems) {
        if (problems == null || problems.isEmpty()) {
            return null;
        }
        return problems.stream().map(p -> p.file().replace('\t', ' ') + "\t" + p.line() + "\t" + p.column() + "\t"
                + p.message().replace('\t', ' ').replace('\n', ' ')).collect(Collectors.joining("\n"));
    }

    private static List<PackProblem> decode(String text) {
        List<PackProblem> problems = new ArrayList<>();
        if (text == null || text.isEmpty()) {
            return problems;
        }
        for (String line : text.split("\n")) {
            String[] parts = line.split("\t", 4);
            problems.add(new PackProblem(parts[0], Integer.parseInt(parts[1]), Integer.parseInt(parts[2]), parts[3]));
        }
        return problems;
    }
}
