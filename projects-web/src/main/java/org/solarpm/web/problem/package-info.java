/**
 * Every error leaves as RFC 9457 {@code application/problem+json}, localised by Accept-Language:
 * exception mappers for domain, validation, JSON and JAX-RS errors, the request body size limit
 * and the servlet error page for everything outside JAX-RS.
 */
package org.solarpm.web.problem;
