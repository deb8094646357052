package org.vigie.rules;

import java.util.Map;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * A path that names a regulator ({regulator}, {cnp}) names one that has a rule pack, or answers
 * 404 before any code acts on it: an administrator cannot create a signing key, nor list an
 * empty queue, for a regulator that does not exist.
 */
@Configuration
class KnownRegulators implements WebMvcConfigurer {
    private static final Set<String> NAMES = Set.of("regulator", "cnp");
    private final RulePacks packs;

    KnownRegulators(RulePacks packs) {
        this.packs = packs;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new HandlerInterceptor() {
            @Override
            public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
                if (request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE) instanceof Map<?, ?> variables) {
                    variables.forEach((name, value) -> {
                        if (NAMES.contains(String.valueOf(name))) {
                            packs.requireKnown(String.valueOf(value));
                        }
                    });
                }
                return true;
            }
        });
    }
}
