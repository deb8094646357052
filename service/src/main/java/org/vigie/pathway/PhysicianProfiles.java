package org.vigie.pathway;

import java.util.Optional;
import java.util.regex.Pattern;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.vigie.web.Texts;
import org.vigie.web.Validation;

/** What a physician's profile adds to a member: RPPS, main practice structure, practice mode, mobile phone. */
@Component
class PhysicianProfiles {
    /** The RPPS is the French practitioners' number: 11 digits. */
    private static final Pattern RPPS = Pattern.compile("\\d{11}");
    private static final Pattern PHONE = Pattern.compile("\\+?[0-9 .()-]{6,30}");

    private final JdbcClient jdbc;

    PhysicianProfiles(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    record Profile(long memberId, String rpps, String mainStructure, String practiceMode, String mobilePhone) {
    }

    static void check(Validation validation, String rpps, String mainStructure, String practiceMode, String mobilePhone) {
        validation.require(rpps != null && RPPS.matcher(rpps.trim()).matches(), "rpps", Texts.of("pathway.physician.rpps"));
        validation.maxLength("mainStructure", mainStructure, 200).maxLength("practiceMode", practiceMode, 100);
        validation.require(mobilePhone == null || mobilePhone.isBlank() || PHONE.matcher(mobilePhone.trim()).matches(), "mobilePhone",
                Texts.of("pathway.physician.mobilePhone"));
    }

    Optional<Profile> find(long memberId) {
        return jdbc.sql("SELECT member_id, rpps, main_structure, practice_mode, mobile_phone FROM physician_profile WHERE member_id = ?")
                .param(memberId)
                .query((rs, n) -> new Profile(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5)))
                .optional();
    }

    boolean rppsTakenByAnother(String rpps, long memberId) {
        return jdbc.sql("SELECT COUNT(*) FROM physician_profile WHERE rpps = ? AND member_id <> ?").params(rpps, memberId)
                .query(Long.class).single() > 0;
    }

    void save(Profile profile) {
        int updated = jdbc.sql("UPDATE physician_profile SET rpps = ?, main_structure = ?, practice_mode = ?, mobile_phone = ?"
                        + " WHERE member_id = ?")
                .params(profile.rpps(), profile.mainStructure(), profile.practiceMode(), profile.mobilePhone(), profile.memberId())
                .update();
        if (updated == 0) {
            jdbc.sql("INSERT INTO physician_profile (member_id, rpps, main_structure, practice_mode, mobile_phone) VALUES (?, ?, ?, ?, ?)")
                    .params(profile.memberId(), profile.rpps(), profile.mainStructure(), profile.practiceMode(), profile.mobilePhone())
                    .update();
        }
    }

    static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }
}
