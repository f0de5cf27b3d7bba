package io.cicallback.spring;

import io.cicallback.read.CallbackSecrets;
import io.cicallback.validate.InputLimits;
import java.util.ArrayList;
import java.util.List;
import io.cicallback.validate.ValidationMode;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code ci-callback.*} settings of the auto-configured reader, e.g. {@code ci-callback.mode=strict},
 * {@code ci-callback.max-body-bytes=1048576}: every limit of {@link InputLimits} has one. Defaults are the
 * library's. A key under {@code ci-callback.} that names none of them stops the application at start-up, naming
 * the key: a misspelt limit would otherwise be ignored without a word.
 */
@ConfigurationProperties(prefix = "ci-callback", ignoreUnknownFields = false)
public class CallbackProperties {

    private ValidationMode mode = ValidationMode.LENIENT;
    private int maxBodyBytes = InputLimits.DEFAULT_MAX_BODY_BYTES;
    private int maxDepth = InputLimits.DEFAULT_MAX_DEPTH;
    private int maxNumberLength = InputLimits.DEFAULT_MAX_NUMBER_LENGTH;
    private int maxRepeatedNodes = InputLimits.DEFAULT_MAX_REPEATED_NODES;
    private int maxErrors = InputLimits.DEFAULT_MAX_ERRORS;
    private int maxWarnings = InputLimits.DEFAULT_MAX_WARNINGS;
    private int maxNameLength = InputLimits.DEFAULT_MAX_NAME_LENGTH;
    private int maxDistinctNames = InputLimits.DEFAULT_MAX_DISTINCT_NAMES;
    private int maxAttributes = InputLimits.DEFAULT_MAX_ATTRIBUTES;
    private int maxNamespaces = InputLimits.DEFAULT_MAX_NAMESPACES;
    private boolean warmUp = true;
    private List<String> secrets = new ArrayList<>();
    private String secretParameter = CallbackSecrets.DEFAULT_PARAMETER;
    private int unhandledEventStatus = 400;

    /** @return how strictly callbacks are read */
    public ValidationMode getMode() {
        return mode;
    }

    /** @param mode how strictly callbacks are read */
    public void setMode(ValidationMode mode) {
        this.mode = mode;
    }

    /** @return the largest body accepted, in bytes */
    public int getMaxBodyBytes() {
        return maxBodyBytes;
    }

    /** @param value the largest body accepted, in bytes */
    public void setMaxBodyBytes(int value) {
        maxBodyBytes = value;
    }

    /** @return the deepest nesting accepted */
    public int getMaxDepth() {
        return maxDepth;
    }

    /** @param value the deepest nesting accepted */
    public void setMaxDepth(int value) {
        maxDepth = value;
    }

    /** @return the longest JSON number token accepted, in digits (default 64) */
    public int getMaxNumberLength() {
        return maxNumberLength;
    }

    /** @param value the longest JSON number token accepted, in digits */
    public void setMaxNumberLength(int value) {
        maxNumberLength = value;
    }

    /** @return the most entries of repeatable nodes in one body */
    public int getMaxRepeatedNodes() {
        return maxRepeatedNodes;
    }

    /** @param value the most entries of repeatable nodes in one body */
    public void setMaxRepeatedNodes(int value) {
        maxRepeatedNodes = value;
    }

    /** @return the errors after which reading stops */
    public int getMaxErrors() {
        return maxErrors;
    }

    /** @param value the errors after which reading stops */
    public void setMaxErrors(int value) {
        maxErrors = value;
    }

    /** @return the warnings listed one by one */
    public int getMaxWarnings() {
        return maxWarnings;
    }

    /** @param value the warnings listed one by one */
    public void setMaxWarnings(int value) {
        maxWarnings = value;
    }

    /** @return the longest XML name or JSON key accepted */
    public int getMaxNameLength() {
        return maxNameLength;
    }

    /** @param value the longest XML name or JSON key accepted */
    public void setMaxNameLength(int value) {
        maxNameLength = value;
    }

    /** @return the most distinct undocumented names in one body */
    public int getMaxDistinctNames() {
        return maxDistinctNames;
    }

    /** @param value the most distinct undocumented names in one body */
    public void setMaxDistinctNames(int value) {
        maxDistinctNames = value;
    }

    /** @return the most attributes on one XML element, namespace declarations included */
    public int getMaxAttributes() {
        return maxAttributes;
    }

    /** @param value the most attributes on one XML element, namespace declarations included */
    public void setMaxAttributes(int value) {
        maxAttributes = value;
    }

    /** @return the most XML namespace declarations in scope at once */
    public int getMaxNamespaces() {
        return maxNamespaces;
    }

    /** @param value the most XML namespace declarations in scope at once */
    public void setMaxNamespaces(int value) {
        maxNamespaces = value;
    }

    /** @return whether the reader is warmed up at start-up (default true) */
    public boolean isWarmUp() {
        return warmUp;
    }

    /** @param value whether the reader is warmed up at start-up */
    public void setWarmUp(boolean value) {
        warmUp = value;
    }

    /** @return the secrets a callback request must carry, one or two while rotating; none by default */
    public List<String> getSecrets() {
        return secrets;
    }

    /** @param value the secrets a callback request must carry, e.g. {@code ci-callback.secrets=${CALLBACK_SECRET}} */
    public void setSecrets(List<String> value) {
        secrets = value == null ? new ArrayList<>() : value;
    }

    /** @return the query parameter the secret is carried in (default {@code secret}) */
    public String getSecretParameter() {
        return secretParameter;
    }

    /** @param value the query parameter the secret is carried in */
    public void setSecretParameter(String value) {
        secretParameter = value;
    }

    CallbackSecrets callbackSecrets() {
        var configured = secrets.stream().filter(secret -> secret != null && !secret.isBlank()).toList();
        return configured.isEmpty() ? CallbackSecrets.none()
                : CallbackSecrets.of(configured.toArray(String[]::new)).inParameter(secretParameter);
    }

    InputLimits limits() {
        return InputLimits.builder().maxBodyBytes(maxBodyBytes).maxDepth(maxDepth).maxNumberLength(maxNumberLength)
                .maxRepeatedNodes(maxRepeatedNodes)
                .maxErrors(maxErrors).maxWarnings(maxWarnings).maxNameLength(maxNameLength)
                .maxDistinctNames(maxDistinctNames).maxAttributes(maxAttributes).maxNamespaces(maxNamespaces).build();
    }

    /**
     * @return the HTTP status for a callback of an event not taken here (an undocumented event, or one the
     *         parameter's type does not take): 400 unless set; a 2xx acknowledges it with an empty body, so that
     *         Tencent does not deliver it again
     */
    public int getUnhandledEventStatus() {
        return unhandledEventStatus;
    }

    /** @param value the HTTP status for a callback of an event not taken here */
    public void setUnhandledEventStatus(int value) {
        this.unhandledEventStatus = value;
    }
}
