package org.vigie.web;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicBoolean;

import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.ActionCode;
import org.springframework.http.MediaType;

/**
 * Tomcat's error page, replaced: what Tomcat refuses itself (an encoded NUL or backslash in the path, headers over the limit)
 * and any error left without a body is answered as a problem, like every other refusal of the API, never as Tomcat's HTML.
 */
final class ProblemReportValve extends ErrorReportValve {

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        int status = response.getStatus();
        if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
            return;
        }
        AtomicBoolean ioAllowed = new AtomicBoolean(true);
        response.getCoyoteResponse().action(ActionCode.IS_IO_ALLOWED, ioAllowed);
        if (!ioAllowed.get()) {
            return; // the connection is gone: nobody would read the body
        }
        try {
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            Writer writer = response.getReporter();
            if (writer != null) {
                // no Spring request context here (the valve runs after the filters): the language is read from the request itself
                ContainerProblem problem = ContainerProblem.of(status, Languages.of(request.getHeader("Accept-Language")));
                ProblemBodies.write(writer, status, problem.title(), problem.detail(), java.util.Map.of());
                response.finishResponse();
            }
        } catch (IOException | IllegalStateException e) {
            // the client went away while the error was written; there is no one left to tell
        }
    }
}
