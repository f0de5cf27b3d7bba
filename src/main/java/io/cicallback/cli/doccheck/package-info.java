/**
 * Keeping the schemas true to Tencent's docs: {@link io.cicallback.cli.doccheck.DocCheck} reads a doc page's node
 * tables and samples and lists where they and the schemas disagree.
 */
package io.cicallback.cli.doccheck;
