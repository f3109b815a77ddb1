/**
 * The HTTP edge of SolarPM: JAX-RS resources under {@code /api/v1} that parse and validate input,
 * call one service method and map the result. No resource touches an EntityManager.
 */
package org.solarpm.web;
