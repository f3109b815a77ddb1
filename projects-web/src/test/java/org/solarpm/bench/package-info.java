/**
 * Benchmarks run by hand (never as timed tests): each is a main started with
 * {@code ./mvnw -q -Pbench -DskipTests verify -Dbench=<SimpleClassName>}; results go
 * to docs/BENCHMARKS.md with machine, data size, median and p95.
 */
package org.solarpm.bench;
