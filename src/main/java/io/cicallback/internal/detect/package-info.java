/** Step 1 of the data path: which wire format a body is in. */
package io.cicallback.internal.detect;
