/**
 * Steps 3 and 4 of the data path: holding a parsed callback to the schemas. {@link
 * io.cicallback.validate.XmlCallbackValidator} and {@link io.cicallback.validate.JsonCallbackValidator} report
 * every violation as a {@link io.cicallback.validate.Finding}; a {@link io.cicallback.validate.ValidationMode}
 * decides which findings are errors.
 */
package io.cicallback.validate;
