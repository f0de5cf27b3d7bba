/**
 * The entry point users call: {@link io.cicallback.read.CallbackReader} runs the whole data path (detect,
 * parse, validate, bind, map) and returns a {@link io.cicallback.read.ReadResult} or throws one {@link
 * io.cicallback.validate.CallbackRejectedException}.
 */
package io.cicallback.read;
