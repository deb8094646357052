package org.vigie.scheduling;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * On an endpoint's {@link Actor} parameter: the action of the pack's permission matrix ({@code actions} list of
 * rules/scheduling) that the caller's profile must allow, checked when the actor is resolved, before the endpoint runs.
 * Actions on one agenda (whose column depends on the location and professional) are checked by the service instead.
 */
@Target(ElementType.PARAMETER)
@Retention(RetentionPolicy.RUNTIME)
public @interface Permitted {
    String value();
}
