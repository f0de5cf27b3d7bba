/**
 * Jakarta REST integration, thin over the reader: a resource method takes a {@link
 * io.cicallback.model.TaskFinishCallback} or {@link io.cicallback.read.ReadResult} parameter, and a rejected
 * body is answered with 400 and an RFC 9457 problem body. Register {@link io.cicallback.jaxrs.CallbackFeature}.
 * jakarta.ws.rs-api is an optional dependency: an application without Jakarta REST never loads this package.
 */
package io.cicallback.jaxrs;
