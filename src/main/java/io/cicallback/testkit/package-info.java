/**
 * For users' own tests: the example callbacks shipped in the jar ({@link io.cicallback.testkit.Fixture}),
 * builders of valid callbacks ({@link io.cicallback.testkit.TestCallbacks}), and JUnit Jupiter support
 * ({@link io.cicallback.testkit.FixtureSource}, {@link io.cicallback.testkit.FixtureExtension}). JUnit is an
 * optional dependency: the fixtures and builders work without it.
 */
package io.cicallback.testkit;
