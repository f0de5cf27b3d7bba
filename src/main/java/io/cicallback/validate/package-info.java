/**
 * Validation, as users see it: {@link io.cicallback.validate.XmlCallbackValidator} and {@link
 * io.cicallback.validate.JsonCallbackValidator} report every violation as a {@link
 * io.cicallback.validate.Finding}; a {@link io.cicallback.validate.ValidationMode} decides which findings are
 * errors; {@link io.cicallback.validate.InputLimits} bounds what a body may cost; a rejected body is one
 * {@link io.cicallback.validate.CallbackRejectedException}. The machinery is in {@code
 * io.cicallback.internal.validate}.
 */
package io.cicallback.validate;
