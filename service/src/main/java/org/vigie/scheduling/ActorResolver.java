package org.vigie.scheduling;

import java.util.List;
import java.util.Map;

import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.MethodParameter;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.vigie.web.InvalidRequestException;
import org.vigie.web.NotFoundException;

/**
 * The one request path of every clinic endpoint: an {@link Actor} parameter is the caller resolved from the path's
 * {@code {enterpriseId}} (404 when the enterprise is not theirs), and its {@link Permitted} action is checked against
 * the pack's matrix (403 in the action's words). A connected agenda software (R255) finds no location but its own in a path.
 */
@Configuration
class ActorResolver implements HandlerMethodArgumentResolver, WebMvcConfigurer {
    static {
        // the caller is not a parameter of the API: it comes from the credentials and the path
        SpringDocUtils.getConfig().addRequestWrapperToIgnore(Actor.class);
    }

    private final Clinic clinic;
    private final SchedulingRules rules;

    ActorResolver(Clinic clinic, SchedulingRules rules) {
        this.clinic = clinic;
        this.rules = rules;
    }

    @Override
    public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
        resolvers.add(this);
    }

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        return parameter.getParameterType() == Actor.class;
    }

    @Override
    public Actor resolveArgument(MethodParameter parameter, ModelAndViewContainer container, NativeWebRequest request,
                                 WebDataBinderFactory binders) {
        @SuppressWarnings("unchecked")
        Map<String, String> variables = (Map<String, String>) request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE,
                RequestAttributes.SCOPE_REQUEST);
        String enterprise = variables == null ? null : variables.get("enterpriseId");
        if (enterprise == null) {
            throw new IllegalStateException(parameter.getExecutable() + " takes an Actor but its path has no {enterpriseId}");
        }
        long enterpriseId;
        try {
            enterpriseId = Long.parseLong(enterprise);
        } catch (NumberFormatException e) {
            throw new InvalidRequestException("enterpriseId", rules.text("enterprise.id.invalid", Map.of("value", enterprise)));
        }
        Actor actor = clinic.actor(enterpriseId);
        String location = variables.get("locationId");
        if (actor.isLcga() && location != null && !location.equals(String.valueOf(actor.lcga().locationId()))) {
            // R255: a connected agenda software acts for its location only; the enterprise's others do not exist for it
            throw new NotFoundException(rules.text("location.notTheSoftwares", Map.of("id", location)));
        }
        Permitted permitted = parameter.getParameterAnnotation(Permitted.class);
        if (permitted != null) {
            clinic.require(actor, permitted.value());
        }
        return actor;
    }
}
