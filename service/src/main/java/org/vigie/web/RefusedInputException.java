package org.vigie.web;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonMappingException;

/** A value of a JSON body that parsed but that no field accepts; its refusal words the sentence that names the field. */
class RefusedInputException extends JsonMappingException {
    private final transient SaneText.Refusal refusal;

    RefusedInputException(JsonParser parser, SaneText.Refusal refusal) {
        super(parser, "Refused input");
        this.refusal = refusal;
    }

    /** « Le champ x ne peut dépasser 10000 caractères. », in the caller's language. */
    String sentence(String field) {
        return refusal.sentence(field);
    }
}
