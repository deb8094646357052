package org.vigie.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;

import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;

/** The net under the fields' own checks: what the database refuses as too long or too large is the request's fault, named. */
class ColumnRefusalsTests {

    @Test
    void aTextTooLongForItsColumnIsNamedAsTheFieldThatHoldsIt() {
        var mariadb = new DataIntegrityViolationException("insert", new SQLException("Data too long for column 'first_name' at row 1", "22001"));
        var h2 = new DataIntegrityViolationException("insert", new SQLException("Value too long for column \"FIRST_NAME CHARACTER VARYING(100)\"", "22001"));

        assertThat(ColumnRefusals.of(mariadb)).hasValueSatisfying(p -> {
            assertThat(p.field()).isEqualTo("firstName");
            assertThat(p.message()).isEqualTo("Le champ firstName est trop long.");
        });
        assertThat(ColumnRefusals.of(h2)).hasValueSatisfying(p -> assertThat(p.field()).isEqualTo("firstName"));
    }

    @Test
    void aNumberOutOfRangeIsRefusedButAConstraintStaysAConflict() {
        var range = new DataIntegrityViolationException("update", new SQLException("Out of range value for column 'hours' at row 1", "22003"));
        var duplicate = new DataIntegrityViolationException("insert", new SQLException("Duplicate entry 'x' for key 'uk'", "23000"));

        assertThat(ColumnRefusals.of(range)).hasValueSatisfying(p -> assertThat(p.field()).isEqualTo("hours"));
        assertThat(ColumnRefusals.of(duplicate)).isEmpty();
    }
}
