package org.vigie.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.annotation.Configuration;
import org.springframework.format.Formatter;
import org.springframework.format.FormatterRegistry;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The same checks as {@link SaneJson} for what arrives outside the body: query and form
 * parameters, path segments, and dates given as parameters ({@code asOf=…}).
 */
@Configuration
class SaneRequests implements WebMvcConfigurer {
    private final SaneText sane;

    SaneRequests(InputSettings settings) {
        this.sane = new SaneText(settings);
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new HandlerInterceptor() {
            @Override
            public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
                check(request);
                return true;
            }
        });
    }

    @Override
    public void addFormatters(FormatterRegistry registry) {
        registry.addFormatterForFieldType(LocalDate.class, new Formatter<LocalDate>() {
            @Override
            public LocalDate parse(String text, Locale locale) {
                LocalDate date = LocalDate.parse(text);
                if (sane.refusal(date).isPresent()) {
                    throw sane.refusedDate(text);
                }
                return date;
            }

            @Override
            public String print(LocalDate date, Locale locale) {
                return date.toString();
            }
        });
    }

    private void check(HttpServletRequest request) {
        List<FieldProblem> problems = new ArrayList<>();
        if (request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE) instanceof Map<?, ?> variables) {
            variables.forEach((name, value) -> check(String.valueOf(name), String.valueOf(value), problems));
        }
        request.getParameterMap().forEach((name, values) -> {
            check("parameter name", name, problems);
            for (String value : values) {
                check(name, value, problems);
            }
        });
        if (!problems.isEmpty()) {
            throw new InvalidRequestException(problems);
        }
    }

    private void check(String field, String value, List<FieldProblem> problems) {
        sane.refusal(value).ifPresent(refusal -> problems.add(new FieldProblem(field, refusal.sentence(field))));
    }
}
