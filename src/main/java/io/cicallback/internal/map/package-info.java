/**
 * Step 6 of the data path: one model whichever format arrived. JSON wire POJOs are mapped onto the
 * XSD-generated model, and empty nodes are pruned so that both forms of a callback give equal models.
 */
package io.cicallback.internal.map;
