package org.vigie.web;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** Limits on supporting documents (exemption documents, proofs of pathway actions). */
@ConfigurationProperties("vigie.documents")
public record DocumentSettings(@DefaultValue("5242880") long maxBytes,
                        @DefaultValue({"application/pdf", "image/jpeg", "image/png"}) List<String> allowedTypes) {
}
