/**
 * Step 2 of the data path: turning untrusted bytes into a parse, with the limits and hardening that
 * internet-facing input needs.
 */
package io.cicallback.internal.parse;
