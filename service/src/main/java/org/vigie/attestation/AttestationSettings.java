package org.vigie.attestation;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the attestation templates and the signing keys are (the address the QR codes point to is
 * {@link org.vigie.web.PublicAddress}'s).
 *
 * @param templatesDirectory {@code pdf-templates/}: one XHTML template per kind, the CSS, fonts and images per regulator
 * @param keysDirectory one folder per regulator holding its Ed25519 key pairs (a key is created on first need); shared by the instances
 */
@ConfigurationProperties("vigie.attestations")
public record AttestationSettings(@DefaultValue("pdf-templates") Path templatesDirectory,
                                  @DefaultValue("data/keys") Path keysDirectory) {
}
