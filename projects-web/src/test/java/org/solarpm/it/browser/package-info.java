/**
 * Browser tests of the web UI in headless Chromium against the shared black-box app
 * ({@link org.solarpm.it.SolarPmApp}). Elements are found by their {@code data-testid}.
 */
package org.solarpm.it.browser;
