package org.solarpm.web.problem;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * The container's error page (see web.xml): errors that never reach JAX-RS, such as unknown
 * paths outside the API, still answer with problem+json and never with an HTML page or stack trace.
 * The status-to-problem rules are {@link ProblemMapping}'s, shared with the API.
 */
@WebServlet(urlPatterns = "/error-page")
public class ErrorServlet extends HttpServlet {

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Integer code = (Integer) request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        Throwable error = (Throwable) request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
        int status = error instanceof BodySizeLimitFilter.BodyTooLargeException ? 413 : code == null ? 500 : code;
        Throwable cause = status >= 500 && error != null ? error : new WebApplicationException(status);
        Response problem = ProblemMapping.toResponse(cause, RequestLocale.ofHeader(request.getHeader("Accept-Language")),
                request.getContentType());
        response.setStatus(problem.getStatus());
        response.setContentType(Problem.MEDIA_TYPE + ";charset=UTF-8");
        response.getOutputStream().write(((String) problem.getEntity()).getBytes(StandardCharsets.UTF_8));
    }
}
