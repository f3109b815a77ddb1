package org.solarpm.web.problem;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.solarpm.shared.Messages;

/**
 * The container's error page (see web.xml): errors that never reach JAX-RS, such as unknown
 * paths outside the API, still answer with problem+json and never with an HTML page or stack trace.
 */
@WebServlet(urlPatterns = "/error-page")
public class ErrorServlet extends HttpServlet {

    private static final Logger LOG = Logger.getLogger(ErrorServlet.class.getName());

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Integer code = (Integer) request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        Throwable error = (Throwable) request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
        int status = code == null ? 500 : code;
        Locale locale = RequestLocale.ofHeader(request.getHeader("Accept-Language"));
        String slug;
        String detail;
        if (error instanceof BodySizeLimitFilter.BodyTooLargeException || status == 413) {
            status = 413;
            slug = "too-large";
            detail = Messages.get(locale, "error.tooLarge", "1 MiB");
        } else if (status == 404) {
            slug = "not-found";
            detail = Messages.get(locale, "error.notFound.path");
        } else if (status == 405) {
            slug = "method-not-allowed";
            detail = Messages.get(locale, "error.methodNotAllowed", request.getMethod());
        } else if (status >= 400 && status < 500) {
            slug = "bad-request";
            detail = Messages.get(locale, "error.badRequest");
        } else {
            String id = UUID.randomUUID().toString().substring(0, 8);
            LOG.log(Level.SEVERE, "Unhandled error " + id, error);
            slug = "internal";
            detail = Messages.get(locale, "error.internal", id);
        }
        response.setStatus(status);
        response.setContentType(Problem.MEDIA_TYPE + ";charset=UTF-8");
        response.getOutputStream().write(Problem.body(status, slug, locale, detail, null, null).toString().getBytes(StandardCharsets.UTF_8));
    }
}
