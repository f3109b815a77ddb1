package org.solarpm.web.problem;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** Maps every exception that reaches JAX-RS to problem+json; see {@link ProblemMapping}. */
@Provider
public class ProblemExceptionMapper implements ExceptionMapper<Throwable> {

    @Context
    HttpHeaders headers;

    @Override
    public Response toResponse(Throwable exception) {
        return ProblemMapping.toResponse(exception, RequestLocale.of(headers),
                headers == null ? "" : String.valueOf(headers.getHeaderString(HttpHeaders.CONTENT_TYPE)));
    }
}
