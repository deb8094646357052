package org.vigie.web;

import java.sql.SQLException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.dao.DataIntegrityViolationException;

/**
 * The database refusing a value too long or too large for its column is the request's fault, not
 * a conflict: named by the column, as the field that holds it is (snake case to camel case). A
 * field's own check should have said so first; this is the net under the ones that do not.
 */
final class ColumnRefusals {
    private static final Pattern COLUMN = Pattern.compile("column [\"'`]?([A-Za-z_0-9]+)", Pattern.CASE_INSENSITIVE);

    private ColumnRefusals() {
    }

    static Optional<FieldProblem> of(DataIntegrityViolationException e) {
        if (!(e.getMostSpecificCause() instanceof SQLException sql) || sql.getSQLState() == null) {
            return Optional.empty();
        }
        String state = sql.getSQLState();
        if (!state.equals("22001") && !state.equals("22003")) {
            return Optional.empty();
        }
        Matcher column = COLUMN.matcher(String.valueOf(sql.getMessage()));
        String field = column.find() ? camel(column.group(1).toLowerCase()) : "body";
        String message = state.equals("22001") ? Texts.of("web.column.tooLong", "field", field)
                : Texts.of("web.column.outOfRange", "field", field);
        return Optional.of(new FieldProblem(field, message));
    }

    private static String camel(String column) {
        StringBuilder field = new StringBuilder();
        boolean upper = false;
        for (char c : column.toCharArray()) {
            if (c == '_') {
                upper = true;
            } else {
                field.append(upper ? Character.toUpperCase(c) : c);
                upper = false;
            }
        }
        return field.toString();
    }
}
