package org.vigie.web;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * What any text or date of a request may be, whatever the field: no value longer than
 * {@code maxTextLength} characters (the longest column keeps far less; a field's own limit is
 * checked where it is read), and no date outside {@code earliestYear}–{@code latestYear}.
 */
@ConfigurationProperties("vigie.input")
public record InputSettings(@DefaultValue("10000") int maxTextLength, @DefaultValue("1900") int earliestYear,
                            @DefaultValue("2100") int latestYear) {
}
