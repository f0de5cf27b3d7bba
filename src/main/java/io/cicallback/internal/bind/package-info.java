/**
 * Step 5 of the data path: binding validated input to generated classes (JAXB for XML, Jackson POJOs for
 * JSON), with the machinery built once.
 */
package io.cicallback.internal.bind;
