/**
 * Spring WebFlux integration: callbacks read by the library's reader on the reactive stack, off the event
 * loop, with the same answers as on the servlet stack. Auto-configured by Spring Boot in reactive web
 * applications; {@code spring-webflux} is an optional dependency.
 */
package io.cicallback.webflux;
