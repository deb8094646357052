package org.vigie.attestation;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

import com.samskivert.mustache.Mustache;
import com.samskivert.mustache.MustacheException;
import com.samskivert.mustache.Template;

import org.springframework.stereotype.Component;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * The attestation templates of {@code pdf-templates/}, editable by administrators: XHTML with
 * Mustache variables ({@code {{titulaire}}}, {@code {{#actions}}…{{/actions}}}). A template is read
 * again when its file changes. Markup that is not well-formed, a malformed tag or a variable the
 * attestation does not have is a {@link TemplateProblemException} naming the file and line.
 */
@Component
class AttestationTemplates {
    private final Path directory;
    private final Map<String, Loaded> loaded = new ConcurrentHashMap<>();
    private final Mustache.Compiler mustache = Mustache.compiler().escapeHTML(true).nullValue("");

    private static final String REGULATORS = "regulators.yaml";
    private volatile RegulatorSettings regulators;

    private record Loaded(long modified, Template template) {
    }

    private record RegulatorSettings(long modified, Map<?, ?> byRegulator) {
    }

    AttestationTemplates(AttestationSettings settings) {
        this.directory = settings.templatesDirectory().toAbsolutePath().normalize();
    }

    Path directory() {
        return directory;
    }

    /** The regulator's image ({@code images/<regulator>/<name>}), or the default one ({@code images/default/<name>}). */
    Path image(String regulator, String name) {
        Path own = directory.resolve("images").resolve(regulator).resolve(name);
        return Files.isRegularFile(own) ? own : directory.resolve("images").resolve("default").resolve(name);
    }

    /** Who signs for a regulator, from {@code regulators.yaml}; empty when the regulator is not listed there. */
    record Signatory(String name, String title) {
    }

    java.util.Optional<Signatory> signatory(String regulator) {
        Path file = directory.resolve(REGULATORS);
        if (!Files.isRegularFile(file)) {
            return java.util.Optional.empty();
        }
        Object settings;
        try {
            long modified = Files.getLastModifiedTime(file).toMillis();
            if (regulators == null || regulators.modified() != modified) {
                Object read = new org.yaml.snakeyaml.Yaml(new org.yaml.snakeyaml.constructor.SafeConstructor(new org.yaml.snakeyaml.LoaderOptions()))
                        .load(Files.readString(file, StandardCharsets.UTF_8));
                regulators = new RegulatorSettings(modified, read instanceof Map<?, ?> map ? map : Map.of());
            }
            settings = regulators.byRegulator().get(regulator);
        } catch (IOException | org.yaml.snakeyaml.error.YAMLException e) {
            throw new TemplateProblemException(REGULATORS, 0, "cannot read: " + e.getMessage());
        }
        if (settings instanceof Map<?, ?> own && own.get("signatory") instanceof Map<?, ?> signatory && signatory.get("name") != null) {
            return java.util.Optional.of(new Signatory(String.valueOf(signatory.get("name")),
                    signatory.get("title") == null ? "" : String.valueOf(signatory.get("title"))));
        }
        return java.util.Optional.empty();
    }

    /** The template of a kind filled with the values: well-formed XHTML, ready to render. */
    String fill(String kind, Map<String, Object> values) {
        String file = kind + ".html";
        Template template = template(file);
        try {
            return template.execute(values);
        } catch (MustacheException.Context e) {
            throw new TemplateProblemException(file, e.lineNo, "the attestation has no value '" + e.key + "'");
        } catch (MustacheException e) {
            throw new TemplateProblemException(file, 0, e.getMessage());
        }
    }

    private Template template(String file) {
        Path path = directory.resolve(file);
        long modified;
        try {
            modified = Files.getLastModifiedTime(path).toMillis();
        } catch (IOException e) {
            throw new TemplateProblemException(file, 0, "no such template in " + directory);
        }
        Loaded cached = loaded.get(file);
        if (cached != null && cached.modified() == modified) {
            return cached.template();
        }
        String source;
        try {
            source = Files.readString(path, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new TemplateProblemException(file, 0, "cannot read: " + e.getMessage());
        }
        checkWellFormed(file, source);
        Template template;
        try {
            template = mustache.compile(source);
        } catch (MustacheException e) {
            throw new TemplateProblemException(file, lineOf(e.getMessage()), e.getMessage());
        }
        loaded.put(file, new Loaded(modified, template));
        return template;
    }

    /** Flying Saucer reads XHTML: a tag left open is reported here, on its line, rather than as a broken PDF. */
    static void checkWellFormed(String file, String xhtml) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            var builder = factory.newDocumentBuilder();
            builder.setErrorHandler(null);
            builder.parse(new InputSource(new StringReader(xhtml)));
        } catch (SAXParseException e) {
            throw new TemplateProblemException(file, e.getLineNumber(), "markup: " + e.getMessage());
        } catch (SAXException | IOException | ParserConfigurationException e) {
            throw new TemplateProblemException(file, 0, "markup: " + e.getMessage());
        }
    }

    private static int lineOf(String message) {
        var m = java.util.regex.Pattern.compile("line (\\d+)").matcher(message == null ? "" : message);
        return m.find() ? Integer.parseInt(m.group(1)) : 0;
    }
}
