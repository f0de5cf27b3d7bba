package io.cicallback.validate;

import io.cicallback.internal.validate.Findings;
import io.cicallback.internal.validate.JsonValidation;

/**
 * Validates JSON callbacks against {@code callback.schema.json} (with everit-json-schema), reporting every
 * violation with a JSON Pointer into the body as received and the node path, without binding them. The same
 * checks as {@link io.cicallback.read.CallbackReader}, Tencent's JSON quirks included, within the same limits.
 * Thread-safe; build once and share.
 */
public final class JsonCallbackValidator {

    private final JsonValidation validation;
    private final InputLimits limits;

    /** @param limits the bounds to enforce */
    public JsonCallbackValidator(InputLimits limits) {
        this.validation = new JsonValidation(limits, true);
        this.limits = limits;
    }

    /** A validator with the default limits. */
    public JsonCallbackValidator() {
        this(InputLimits.defaults());
    }

    /**
     * @param body the JSON body
     * @param mode how strictly to grade what is found
     * @return every finding
     */
    public ValidationReport validate(byte[] body, ValidationMode mode) {
        var findings = new Findings(mode, limits);
        validation.validate(body == null ? new byte[0] : body, findings);
        return new ValidationReport(findings.list());
    }
}
