/**
 * Steps 3 and 4 of the data path, not API: the XML filter and the JSON reader that follow the schema tree,
 * the leaf rules both apply, the findings collector, and the schema validators behind them.
 */
package io.cicallback.internal.validate;
