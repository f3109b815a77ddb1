package org.solarpm.web.export;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** A file download response: attachment with an ASCII fallback name and the real UTF-8 name. */
public final class Download {

    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    public static final String PDF = "application/pdf";

    private Download() {
    }

    public static Response of(StreamingOutput body, String mediaType, String fileName) {
        return Response.ok(body, mediaType)
                .header("Content-Disposition", contentDisposition(fileName))
                .header("Cache-Control", "private, no-store")
                .header("X-Content-Type-Options", "nosniff")
                .build();
    }

    public static Response of(byte[] body, String mediaType, String fileName) {
        return of(out -> out.write(body), mediaType, fileName);
    }

    /**
     * {@code attachment; filename="...ascii..."; filename*=UTF-8''...}: browsers take the UTF-8 name,
     * old clients the fallback in which every non-ASCII or unsafe character became '_'.
     */
    static String contentDisposition(String fileName) {
        String fallback = fileName.replaceAll("[^A-Za-z0-9._-]", "_");
        String encoded = URLEncoder.encode(fileName, StandardCharsets.UTF_8).replace("+", "%20");
        return "attachment; filename=\"" + fallback + "\"; filename*=UTF-8''" + encoded;
    }
}
