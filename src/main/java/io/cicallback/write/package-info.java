/** The way back out: the model written as XML or JSON in Tencent's documented forms. */
package io.cicallback.write;
