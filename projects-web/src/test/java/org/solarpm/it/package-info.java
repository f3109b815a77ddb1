/**
 * Integration-test support: one embedded MariaDB per test JVM, one SolarPM instance for all
 * black-box HTTP and browser tests, an HTTP client that speaks the API, and Chromium.
 */
package org.solarpm.it;
