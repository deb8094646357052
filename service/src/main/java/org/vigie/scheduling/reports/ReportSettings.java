package org.vigie.scheduling.reports;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param fontsDirectory the fonts the prints embed (DejaVu Sans, regular and bold: every French accent), the attestations' own
 */
@ConfigurationProperties("vigie.reports")
record ReportSettings(@DefaultValue("pdf-templates/fonts") Path fontsDirectory) {
}
