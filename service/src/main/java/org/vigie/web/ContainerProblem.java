package org.vigie.web;

import java.util.Map;

/**
 * The problem answered for an error the application never saw (Tomcat refused the request, or it ended on the error page), or
 * one Spring MVC refused before any controller ran: only the status is known, so the title and detail say what that status
 * means to the caller, in the caller's language.
 */
record ContainerProblem(int status, String title, String detail) {
    private static final Map<String, Object> NONE = Map.of();

    /** The problem of a status in a language ("en"; any other reads as French), the caller's as read from their request. */
    static ContainerProblem of(int status, String language) {
        return switch (status) {
            case 400 -> new ContainerProblem(400, Texts.in(language, "web.problem.badRequest.title", NONE),
                    Texts.in(language, "web.problem.malformed.detail", NONE));
            case 401 -> new ContainerProblem(401, Texts.in(language, "web.problem.unauthenticated.title", NONE),
                    Texts.in(language, "web.problem.unauthenticated.detail", NONE));
            case 403 -> new ContainerProblem(403, Texts.in(language, "web.problem.forbidden.title", NONE),
                    Texts.in(language, "web.problem.forbidden.detail", NONE));
            case 404 -> new ContainerProblem(404, Texts.in(language, "web.problem.notFound.title", NONE),
                    Texts.in(language, "web.problem.notFound.detail", NONE));
            case 405 -> new ContainerProblem(405, Texts.in(language, "web.problem.methodNotAllowed.title", NONE),
                    Texts.in(language, "web.problem.methodNotAllowed.detail", NONE));
            case 406 -> new ContainerProblem(406, Texts.in(language, "web.problem.notAcceptable.title", NONE),
                    Texts.in(language, "web.problem.notAcceptable.detail", NONE));
            case 408 -> new ContainerProblem(408, Texts.in(language, "web.problem.timeout.title", NONE),
                    Texts.in(language, "web.problem.timeout.detail", NONE));
            case 413 -> new ContainerProblem(413, Texts.in(language, "web.problem.bodyTooLarge.title", NONE),
                    Texts.in(language, "web.problem.bodyTooLarge.detail", NONE));
            case 414 -> new ContainerProblem(414, Texts.in(language, "web.problem.uriTooLong.title", NONE),
                    Texts.in(language, "web.problem.uriTooLong.detail", NONE));
            case 415 -> new ContainerProblem(415, Texts.in(language, "web.problem.unsupportedMediaType.title", NONE),
                    Texts.in(language, "web.problem.unsupportedMediaType.detail", NONE));
            case 431 -> new ContainerProblem(431, Texts.in(language, "web.problem.headersTooLarge.title", NONE),
                    Texts.in(language, "web.problem.headersTooLarge.detail", NONE));
            case 503 -> new ContainerProblem(503, Texts.in(language, "web.problem.unavailable.title", NONE),
                    Texts.in(language, "web.problem.unavailable.detail", NONE));
            default -> status >= 500
                    ? new ContainerProblem(status, Texts.in(language, "web.problem.internal.title", NONE),
                            Texts.in(language, "web.problem.internal.detail", NONE))
                    : new ContainerProblem(status, Texts.in(language, "web.problem.refused.title", NONE),
                            Texts.in(language, "web.problem.refused.detail", NONE));
        };
    }
}
