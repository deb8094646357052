package org.vigie.pathway;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.vigie.web.NotFoundException;
import org.vigie.web.Texts;

/** The pathway tables: one pathway per physician, CNP and period; its actions; their proofs. */
@Component
class PathwayRecords {
    static final String OPEN = "OPEN";
    static final String REQUESTED = "REQUESTED";
    static final String VALIDATED = "VALIDATED";
    static final String REFUSED = "REFUSED";

    private static final String PATHWAY_COLUMNS = "id, member_id, regulator, period_id, status, requested_at, certification,"
            + " rule_set_version, rule_set_hash, decided_at, decided_by, decision_reason, holder_name, holder_structure, holder_rpps";

    private final JdbcClient jdbc;

    PathwayRecords(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    record Pathway(long id, long memberId, String regulator, String periodId, String status, Instant requestedAt,
                   String certification, String ruleSetVersion, String ruleSetHash, Instant decidedAt, String decidedBy,
                   String decisionReason, String holderName, String holderStructure, String holderRpps) {

        /** After the validation request is confirmed, and once validated, the actions are fixed. */
        boolean locked() {
            return REQUESTED.equals(status) || VALIDATED.equals(status);
        }
    }

    record Action(long id, long pathwayId, String code, String complement, LocalDate date, Proof proof) {
    }

    record Proof(String description, String filename, String contentType, long sizeBytes, String sha256) {
    }

    Optional<Pathway> find(long memberId, String regulator, String periodId) {
        return jdbc.sql("SELECT " + PATHWAY_COLUMNS + " FROM pathway WHERE member_id = ? AND regulator = ? AND period_id = ?")
                .params(memberId, regulator, periodId).query(PathwayRecords::pathway).optional();
    }

    Pathway get(long id) {
        return jdbc.sql("SELECT " + PATHWAY_COLUMNS + " FROM pathway WHERE id = ?").param(id).query(PathwayRecords::pathway)
                .optional().orElseThrow(() -> new NotFoundException(Texts.of("pathway.notFound", "id", String.valueOf(id))));
    }

    /** The pathway's row, read under a lock that every change to it or its actions takes first (one change at a time). */
    Pathway lock(long id) {
        return jdbc.sql("SELECT " + PATHWAY_COLUMNS + " FROM pathway WHERE id = ? FOR UPDATE").param(id).query(PathwayRecords::pathway)
                .single();
    }

    /** The pathway, created empty on its first action; two first actions at once share one. */
    Pathway findOrCreate(long memberId, String regulator, String periodId, Instant now) {
        Optional<Pathway> existing = find(memberId, regulator, periodId);
        if (existing.isPresent()) {
            return existing.get();
        }
        try {
            jdbc.sql("INSERT INTO pathway (member_id, regulator, period_id, status, created_at) VALUES (?, ?, ?, ?, ?)")
                    .params(memberId, regulator, periodId, OPEN, Timestamp.from(now)).update();
        } catch (DuplicateKeyException createdMeanwhile) {
            // the other request's row is the one
        }
        return find(memberId, regulator, periodId).orElseThrow();
    }

    List<Pathway> withStatus(String regulator, String status) {
        return jdbc.sql("SELECT " + PATHWAY_COLUMNS + " FROM pathway WHERE regulator = ? AND status = ? ORDER BY requested_at, id")
                .params(regulator, status).query(PathwayRecords::pathway).list();
    }

    List<Action> actions(long pathwayId) {
        return jdbc.sql("SELECT a.id, a.pathway_id, a.action_code, a.complement, a.action_date, p.description, p.filename,"
                        + " p.content_type, p.size_bytes, p.sha256 FROM pathway_action a LEFT JOIN pathway_proof p ON p.action_id = a.id"
                        + " WHERE a.pathway_id = ? ORDER BY a.action_date, a.id")
                .param(pathwayId).query(PathwayRecords::action).list();
    }

    Action action(long actionId) {
        return jdbc.sql("SELECT a.id, a.pathway_id, a.action_code, a.complement, a.action_date, p.description, p.filename,"
                        + " p.content_type, p.size_bytes, p.sha256 FROM pathway_action a LEFT JOIN pathway_proof p ON p.action_id = a.id"
                        + " WHERE a.id = ?")
                .param(actionId).query(PathwayRecords::action).optional()
                .orElseThrow(() -> new NotFoundException(Texts.of("pathway.action.notFound", "id", String.valueOf(actionId))));
    }

    void addAction(long pathwayId, String code, String complement, LocalDate date, Instant now) {
        jdbc.sql("INSERT INTO pathway_action (pathway_id, action_code, complement, action_date, created_at) VALUES (?, ?, ?, ?, ?)")
                .params(pathwayId, code, complement, date, Timestamp.from(now)).update();
    }

    void updateAction(long actionId, String code, String complement, LocalDate date) {
        jdbc.sql("UPDATE pathway_action SET action_code = ?, complement = ?, action_date = ? WHERE id = ?")
                .params(code, complement, date, actionId).update();
    }

    void removeAction(long actionId) {
        jdbc.sql("DELETE FROM pathway_proof WHERE action_id = ?").param(actionId).update();
        jdbc.sql("DELETE FROM pathway_action WHERE id = ?").param(actionId).update();
    }

    void saveProof(long actionId, String description, String filename, String contentType, byte[] content, String sha256, Instant now) {
        jdbc.sql("DELETE FROM pathway_proof WHERE action_id = ?").param(actionId).update();
        jdbc.sql("INSERT INTO pathway_proof (action_id, description, filename, content_type, size_bytes, sha256, content, uploaded_at)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
                .params(actionId, description, filename, contentType, content.length, sha256, content, Timestamp.from(now)).update();
    }

    byte[] proofContent(long actionId) {
        return jdbc.sql("SELECT content FROM pathway_proof WHERE action_id = ?").param(actionId).query(byte[].class).optional()
                .orElseThrow(() -> new NotFoundException(Texts.of("pathway.proof.none")));
    }

    void requested(long pathwayId, String certification, String version, String hash, Instant now) {
        jdbc.sql("UPDATE pathway SET status = ?, requested_at = ?, certification = ?, rule_set_version = ?, rule_set_hash = ?,"
                        + " decided_at = NULL, decided_by = NULL, decision_reason = NULL WHERE id = ?")
                .params(REQUESTED, Timestamp.from(now), certification, version, hash, pathwayId).update();
    }

    void decided(long pathwayId, String status, String by, String reason, String holderName, String holderStructure,
                 String holderRpps, Instant now) {
        jdbc.sql("UPDATE pathway SET status = ?, decided_at = ?, decided_by = ?, decision_reason = ?, holder_name = ?,"
                        + " holder_structure = ?, holder_rpps = ? WHERE id = ?")
                .params(status, Timestamp.from(now), by, reason, holderName, holderStructure, holderRpps, pathwayId).update();
    }

    private static Pathway pathway(ResultSet rs, int n) throws SQLException {
        return new Pathway(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4), rs.getString(5), instant(rs, 6),
                rs.getString(7), rs.getString(8), rs.getString(9), instant(rs, 10), rs.getString(11), rs.getString(12),
                rs.getString(13), rs.getString(14), rs.getString(15));
    }

    private static Action action(ResultSet rs, int n) throws SQLException {
        Proof proof = rs.getString(7) == null ? null
                : new Proof(rs.getString(6), rs.getString(7), rs.getString(8), rs.getLong(9), rs.getString(10));
        return new Action(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4), rs.getDate(5).toLocalDate(), proof);
    }

    private static Instant instant(ResultSet rs, int column) throws SQLException {
        Timestamp timestamp = rs.getTimestamp(column);
        return timestamp == null ? null : timestamp.toInstant();
    }
}
