/**
 * Value types the generated model uses where a plain Java type would lose what Tencent sent.
 */
package io.cicallback.value;
