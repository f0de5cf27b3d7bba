package io.cicallback.internal.validate;

import io.cicallback.validate.InputLimits;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;

/** Jackson's complaints about a body, said in the library's words. */
final class JsonMessages {

    private JsonMessages() {
    }

    static String limit(StreamConstraintsException e, InputLimits limits) {
        var original = String.valueOf(e.getOriginalMessage());
        String what;
        if (original.contains("nesting depth")) {
            what = "values nest deeper than the limit of " + limits.maxDepth();
        } else if (original.contains("Number value length")) {
            what = "a number is longer than the limit of " + limits.maxNumberLength() + " characters";
        } else if (original.contains("Name length")) {
            what = "a key is longer than the limit of " + limits.maxNameLength() + " characters";
        } else if (original.contains("String value length") || original.contains("Document length")) {
            what = "the body is larger than the limit of " + limits.maxBodyBytes() + " bytes";
        } else {
            what = "the body passes a limit";
        }
        return what + where(e);
    }

    static String notWellFormed(JsonProcessingException e) {
        var original = String.valueOf(e.getOriginalMessage());
        String what;
        if (original.startsWith("Duplicate field")) {
            what = "key " + original.substring("Duplicate field ".length()) + " occurs twice in one object";
        } else if (original.contains("end-of-input")) {
            what = "the body ends before the JSON value does";
        } else if (original.contains("Invalid UTF-8")) {
            what = "the body is not valid UTF-8";
        } else {
            what = "not well-formed JSON";
        }
        return what + where(e);
    }

    private static String where(JsonProcessingException e) {
        var at = e.getLocation();
        return at == null || at.getLineNr() < 1 ? "" : " (line " + at.getLineNr() + ", column " + at.getColumnNr() + ")";
    }
}
