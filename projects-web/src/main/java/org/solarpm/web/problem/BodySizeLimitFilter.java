package org.solarpm.web.problem;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.solarpm.shared.Messages;

/**
 * Refuses request bodies above the limit with 413 before anything reads them: 1 MiB for JSON,
 * larger for file uploads (multipart), whose own per-file limits are checked by the feature.
 * Chunked bodies without Content-Length are counted while they are read.
 */
@WebFilter(urlPatterns = "/api/*", asyncSupported = true)
public class BodySizeLimitFilter extends HttpFilter {

    public static final long JSON_LIMIT = 1024 * 1024;
    public static final long UPLOAD_LIMIT = 60L * 1024 * 1024;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String type = request.getContentType();
        long limit = type != null && type.toLowerCase(Locale.ROOT).startsWith("multipart/") ? UPLOAD_LIMIT : JSON_LIMIT;
        long declared = request.getContentLengthLong();
        if (declared > limit) {
            tooLarge(request, response, limit);
            return;
        }
        if (declared < 0 && hasBody(request)) {
            chain.doFilter(new LimitedRequest(request, limit), response);
            return;
        }
        chain.doFilter(request, response);
    }

    private static boolean hasBody(HttpServletRequest request) {
        String method = request.getMethod();
        return "POST".equals(method) || "PUT".equals(method) || "PATCH".equals(method);
    }

    static void tooLarge(HttpServletRequest request, HttpServletResponse response, long limit) throws IOException {
        Locale locale = RequestLocale.ofHeader(request.getHeader("Accept-Language"));
        String body = Problem.body(413, "too-large", locale, Messages.get(locale, "error.tooLarge", human(limit)), null, null).toString();
        response.setStatus(413);
        response.setContentType(Problem.MEDIA_TYPE + ";charset=UTF-8");
        response.setHeader("Connection", "close");
        response.getOutputStream().write(body.getBytes(StandardCharsets.UTF_8));
    }

    static String human(long limit) {
        return limit >= 1024 * 1024 ? (limit / (1024 * 1024)) + " MiB" : (limit / 1024) + " KiB";
    }

    /** Counts what is read and fails once the limit is passed. */
    private static final class LimitedRequest extends HttpServletRequestWrapper {
        private final long limit;

        LimitedRequest(HttpServletRequest request, long limit) {
            super(request);
            this.limit = limit;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            ServletInputStream in = super.getInputStream();
            return new ServletInputStream() {
                private long count;

                @Override
                public int read() throws IOException {
                    int b = in.read();
                    if (b >= 0 && ++count > limit) {
                        throw new BodyTooLargeException(limit);
                    }
                    return b;
                }

                @Override
                public int read(byte[] buf, int off, int len) throws IOException {
                    int n = in.read(buf, off, len);
                    if (n > 0 && (count += n) > limit) {
                        throw new BodyTooLargeException(limit);
                    }
                    return n;
                }

                @Override
                public boolean isFinished() {
                    return in.isFinished();
                }

                @Override
                public boolean isReady() {
                    return in.isReady();
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    in.setReadListener(listener);
                }
            };
        }
    }

    /** Raised while reading a chunked body that exceeds the limit; mapped to 413. */
    public static final class BodyTooLargeException extends IOException {
        public BodyTooLargeException(long limit) {
            super("request body exceeds " + limit + " bytes");
        }
    }
}
