package org.vigie.web;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * How the contract describes a one-file upload ({@code multipart/form-data}, part {@code file}). The controllers read the part
 * as optional and refuse its absence themselves, with a sentence naming the field; the contract says what a client must send.
 */
@Schema(description = "One file, in the part named file")
public record FileUpload(@Schema(requiredMode = Schema.RequiredMode.REQUIRED, type = "string", format = "binary",
        description = "PDF, JPEG or PNG; the type is read from the content") String file) {
}
