package org.vigie.web;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import com.fasterxml.jackson.core.io.JsonStringEncoder;

import org.springframework.http.MediaType;

/**
 * A problem written where Spring MVC's advice cannot answer: a security filter, the firewall, Tomcat's
 * error valve. Written by hand (no mapper is at hand that early), each text escaped as JSON.
 */
public final class ProblemBodies {
    private ProblemBodies() {
    }

    /** Sets the status and content type and writes the problem, with any extra members (numbers or texts). */
    public static void write(HttpServletResponse response, int status, String title, String detail, Map<String, Object> extras)
            throws IOException {
        response.setStatus(status);
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        write(response.getWriter(), status, title, detail, extras);
    }

    static void write(Writer writer, int status, String title, String detail, Map<String, Object> extras) throws IOException {
        StringBuilder json = new StringBuilder("{\"type\":\"about:blank\",\"title\":").append(quoted(title))
                .append(",\"status\":").append(status).append(",\"detail\":").append(quoted(detail));
        extras.forEach((name, value) -> json.append(',').append(quoted(name)).append(':')
                .append(value instanceof Number ? value.toString() : quoted(String.valueOf(value))));
        writer.write(json.append('}').toString());
    }

    private static String quoted(String text) {
        return "\"" + new String(JsonStringEncoder.getInstance().quoteAsString(text)) + "\"";
    }
}
