/**
 * Reads, validates and converts the callbacks of Tencent Cloud Infinite (CI) media jobs: every job type's
 * TaskFinish and the WorkflowFinish callback, in XML or JSON.
 *
 * <p>The API: {@link io.cicallback.read} (the reader), {@link io.cicallback.write} (the writer), {@link
 * io.cicallback.validate} (the validators, findings, limits), {@link io.cicallback.model} (the callbacks),
 * {@link io.cicallback.value} (times, decimals, formats), {@link io.cicallback.testkit} (fixtures and builders
 * for tests), and the integrations {@link io.cicallback.spring}, {@link io.cicallback.webflux}, {@link
 * io.cicallback.jaxrs} and {@link io.cicallback.kafka}, each needing its framework only when it is used. Nothing
 * under {@code io.cicallback.internal} is exported.
 */
module io.cicallback {
    requires transitive jakarta.xml.bind;
    requires org.glassfish.jaxb.runtime;
    requires com.fasterxml.jackson.annotation;
    requires com.fasterxml.jackson.core;
    requires com.fasterxml.jackson.databind;
    requires java.xml;
    requires java.management;
    requires java.net.http;
    requires java.logging;

    // Relocated into io.cicallback.internal.shaded when the jar is built: needed to compile only.
    requires static everit.json.schema;
    requires static org.json;
    requires static re2j;
    requires static org.mapstruct;

    // The integrations and the test kit: their frameworks are the application's, optional here.
    requires static spring.core;
    requires static spring.beans;
    requires static spring.context;
    requires static spring.web;
    requires static spring.webmvc;
    requires static spring.webflux;
    requires static spring.boot;
    requires static spring.boot.autoconfigure;
    requires static reactor.core;
    requires static org.reactivestreams;
    requires static jakarta.servlet;
    requires static jakarta.ws.rs;
    requires static kafka.clients;
    requires static org.junit.jupiter.api;
    requires static org.junit.jupiter.params;
    requires static org.junit.platform.commons;
    // The command-line tool's classes are compiled here but live in their own jar.
    requires static info.picocli;

    exports io.cicallback.read;
    exports io.cicallback.write;
    exports io.cicallback.validate;
    exports io.cicallback.model;
    exports io.cicallback.value;
    exports io.cicallback.testkit;
    exports io.cicallback.spring;
    exports io.cicallback.webflux;
    exports io.cicallback.jaxrs;
    exports io.cicallback.kafka;

    // JAXB binds the model's fields, Jackson the JSON wire classes, Spring the auto-configuration.
    opens io.cicallback.model to jakarta.xml.bind, org.glassfish.jaxb.runtime;
    opens io.cicallback.internal.bind to jakarta.xml.bind, org.glassfish.jaxb.runtime;
    opens io.cicallback.internal.wire.json to com.fasterxml.jackson.databind;
    opens io.cicallback.spring to spring.core, spring.beans, spring.context;
    opens io.cicallback.webflux to spring.core, spring.beans, spring.context;
}
