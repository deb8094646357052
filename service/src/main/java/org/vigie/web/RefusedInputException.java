package org.vigie.web;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonMappingException;

/** A value of a JSON body that parsed but that no field accepts; its message completes « Le champ x … ». */
class RefusedInputException extends JsonMappingException {
    RefusedInputException(JsonParser parser, String refusal) {
        super(parser, refusal);
    }
}
