package org.vigie.web;

import java.lang.reflect.Method;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.http.HttpMessageConverters;
import org.springframework.core.ResolvableType;
import org.springframework.http.HttpEntity;
import org.springframework.http.MediaType;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.accept.HeaderContentNegotiationStrategy;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;

/**
 * Refuses with 406 before the operation runs when the request's Accept admits none of the formats it answers in. Spring MVC
 * otherwise negotiates after the handler returned, so a write told "406" had already been saved.
 */
final class AcceptedBeforeActing implements HandlerInterceptor {
    private final HeaderContentNegotiationStrategy accept = new HeaderContentNegotiationStrategy();
    private final ObjectProvider<HttpMessageConverters> converters;
    private final Map<Method, List<MediaType>> answered = new ConcurrentHashMap<>();

    AcceptedBeforeActing(ObjectProvider<HttpMessageConverters> converters) {
        this.converters = converters;
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
            throws HttpMediaTypeNotAcceptableException {
        if (!(handler instanceof HandlerMethod method) || request.getAttribute(HandlerMapping.PRODUCIBLE_MEDIA_TYPES_ATTRIBUTE) != null) {
            return true; // a declared "produces" was already matched against Accept when the handler was chosen
        }
        List<MediaType> formats = answered.computeIfAbsent(method.getMethod(), this::formatsOf);
        if (formats.isEmpty()) {
            return true;
        }
        List<MediaType> accepted = accept.resolveMediaTypes(new ServletWebRequest(request));
        if (accepted.stream().anyMatch(a -> formats.stream().anyMatch(a::isCompatibleWith))) {
            return true;
        }
        throw new HttpMediaTypeNotAcceptableException(formats);
    }

    /**
     * The formats the converters would write the method's declared body in; none when one of them writes anything (bytes, a
     * file: the handler names the type itself, as downloads do). A body-less answer is judged like JSON, the language of
     * the problems it may answer instead.
     */
    private List<MediaType> formatsOf(Method method) {
        ResolvableType returned = ResolvableType.forMethodReturnType(method);
        Class<?> body = HttpEntity.class.isAssignableFrom(returned.toClass()) ? returned.as(HttpEntity.class).getGeneric(0).toClass()
                : returned.toClass();
        if (body == void.class || body == Void.class) {
            body = org.springframework.http.ProblemDetail.class;
        }
        Class<?> type = body;
        List<MediaType> formats = converters.getObject().getConverters().stream().filter(c -> c.canWrite(type, null))
                .flatMap(c -> c.getSupportedMediaTypes(type).stream()).distinct().toList();
        return formats.stream().anyMatch(f -> f.isWildcardType()) ? List.of() : formats;
    }
}
