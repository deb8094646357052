package org.vigie.accounts;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import com.samskivert.mustache.Template;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirements;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;
import org.vigie.web.HtmlTemplates;
import org.vigie.web.InvalidRequestException;
import org.vigie.web.Languages;
import org.vigie.web.Texts;

/**
 * The page the e-mailed reset link opens: a form for the new password, typed twice, sent as an ordinary form (no
 * script: the page's policy lets it load only the service's stylesheet and post only to itself), then what became of
 * it. French, or English when the browser prefers it. The work is {@link PasswordResets}'s, as for the API's
 * {@code POST /api/password-resets/{token}}; a link already used, expired or unknown shows no form.
 */
@RestController
@Tag(name = "Accounts")
class PasswordResetPage {
    /** Where the page is; the token follows. */
    static final String PATH = "/password-reset/";
    private static final MediaType HTML = new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8);

    private final PasswordResets resets;
    private final Template template;

    PasswordResetPage(PasswordResets resets) {
        this.resets = resets;
        this.template = HtmlTemplates.compile("pages/password-reset.html");
    }

    @GetMapping(path = PATH + "{token}", produces = MediaType.TEXT_HTML_VALUE)
    @SecurityRequirements
    @ApiResponse(responseCode = "200", description = "The form", content = @Content(mediaType = "text/html", schema = @Schema(type = "string")))
    @ApiResponse(responseCode = "404", description = "The page without its form: the link is used, expired or unknown",
            content = @Content(mediaType = "text/html", schema = @Schema(type = "string")))
    @Operation(operationId = "readPasswordResetPage", summary = "Public: the page the e-mailed reset link opens, a form for the new "
            + "password in French (English when the browser prefers it); 404 without a form for a link used, expired or unknown")
    ResponseEntity<String> page(@PathVariable String token) {
        String language = Languages.current();
        if (!resets.usable(token)) {
            return answer(HttpStatus.NOT_FOUND, language, Map.of("error", Texts.in(language, "accounts.passwordReset.invalidLink", Map.of())));
        }
        return answer(HttpStatus.OK, language, form(token));
    }

    @PostMapping(path = PATH + "{token}", consumes = MediaType.APPLICATION_FORM_URLENCODED_VALUE, produces = MediaType.TEXT_HTML_VALUE)
    @SecurityRequirements
    @ApiResponse(responseCode = "200", description = "The password changed", content = @Content(mediaType = "text/html",
            schema = @Schema(type = "string")))
    @ApiResponse(responseCode = "400", description = "The page again, saying what to correct (with the form while the link works)",
            content = @Content(mediaType = "text/html", schema = @Schema(type = "string")))
    @Operation(operationId = "submitPasswordResetPage", summary = "Public: the page's form sent (password, confirmation): the password "
            + "changed and the link spent, or the page again with what to correct (400)")
    ResponseEntity<String> submit(@PathVariable String token,
                                  @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, content = @Content(
                                          mediaType = MediaType.APPLICATION_FORM_URLENCODED_VALUE,
                                          schema = @Schema(implementation = ResetForm.class))) @ModelAttribute ResetForm form) {
        String language = Languages.current();
        String password = form.password();
        if (password == null || !password.equals(form.confirmation())) {
            return again(token, language, Texts.in(language, "accounts.resetPage.mismatch", Map.of()));
        }
        try {
            resets.reset(token, password);
        } catch (InvalidRequestException e) {
            return again(token, language, e.getMessage());
        }
        return answer(HttpStatus.OK, language, Map.of("done", Texts.in(language, "accounts.resetPage.done", Map.of())));
    }

    /**
     * A value the service refuses before the page's own checks (a control character, a text over the limit: the request
     * checks every form field) is said on the page too, not as a JSON problem a browser would show raw.
     */
    @ExceptionHandler(InvalidRequestException.class)
    ResponseEntity<String> refused(InvalidRequestException e, HttpServletRequest request) {
        String token = request.getRequestURI().startsWith(PATH) ? request.getRequestURI().substring(PATH.length()) : "";
        return again(token, Languages.current(), e.getMessage());
    }

    /** What the page's form sends: the new password, twice. */
    record ResetForm(@Schema(requiredMode = REQUIRED, description = "At least 8 characters", example = "nouveau-motdepasse-2024") String password,
                     @Schema(requiredMode = REQUIRED, description = "The same, typed again", example = "nouveau-motdepasse-2024")
                     String confirmation) {
    }

    /** The form again with what to correct; without it when the link itself no longer works. */
    private ResponseEntity<String> again(String token, String language, String error) {
        boolean usable = resets.usable(token); // read once: the link may expire between two reads
        Map<String, Object> values = usable ? new HashMap<>(form(token)) : new HashMap<>();
        values.put("error", usable ? error : Texts.in(language, "accounts.passwordReset.invalidLink", Map.of()));
        return answer(HttpStatus.BAD_REQUEST, language, values);
    }

    private Map<String, Object> form(String token) {
        return Map.of("form", true, "action", PATH + token);
    }

    private ResponseEntity<String> answer(HttpStatus status, String language, Map<String, ?> content) {
        Map<String, Object> values = new HashMap<>(content);
        int min = AccountRegistry.MIN_PASSWORD_LENGTH;
        values.put("lang", language);
        values.put("min", min);
        values.put("title", Texts.in(language, "accounts.resetPage.title", Map.of()));
        values.put("intro", Texts.in(language, "accounts.resetPage.intro", Map.of()));
        values.put("passwordLabel", Texts.in(language, "accounts.resetPage.password", Map.of("min", min)));
        values.put("confirmationLabel", Texts.in(language, "accounts.resetPage.confirmation", Map.of()));
        values.put("submit", Texts.in(language, "accounts.resetPage.submit", Map.of()));
        values.put("footer", Texts.in(language, "accounts.resetPage.footer", Map.of()));
        return ResponseEntity.status(status).contentType(HTML).header(HttpHeaders.CONTENT_LANGUAGE, language)
                .header(HttpHeaders.VARY, HttpHeaders.ACCEPT_LANGUAGE).cacheControl(CacheControl.noStore()).body(template.execute(values));
    }
}
