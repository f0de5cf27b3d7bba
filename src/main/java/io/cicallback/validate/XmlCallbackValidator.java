package io.cicallback.validate;

import io.cicallback.internal.validate.Findings;
import io.cicallback.internal.validate.XmlValidation;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Validates XML callbacks against {@code callback.xsd} (through {@code javax.xml.validation}), reporting
 * every violation with its line, column and node path, without binding them. The same checks as {@link
 * io.cicallback.read.CallbackReader}, within the same limits. Thread-safe; build once and share.
 */
public final class XmlCallbackValidator {

    private final XmlValidation validation;
    private final InputLimits limits;

    /** @param limits the bounds to enforce */
    public XmlCallbackValidator(InputLimits limits) {
        this.validation = new XmlValidation(limits).compileSchema();
        this.limits = limits;
    }

    /** A validator with the default limits. */
    public XmlCallbackValidator() {
        this(InputLimits.defaults());
    }

    /**
     * @param body the XML body
     * @param mode how strictly to grade what is found
     * @return every finding
     */
    public ValidationReport validate(byte[] body, ValidationMode mode) {
        var findings = new Findings(mode, limits);
        validation.validate(body == null ? new byte[0] : body, findings, new DefaultHandler());
        return new ValidationReport(findings.list());
    }
}
