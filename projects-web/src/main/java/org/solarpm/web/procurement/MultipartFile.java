package org.solarpm.web.procurement;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Streams the part named {@code file} of a multipart/form-data body into a temporary file, never
 * holding the upload in memory, and stops as soon as the file passes the size limit.
 */
final class MultipartFile {

    private static final Pattern BOUNDARY = Pattern.compile("boundary=(?:\"([^\"]+)\"|([^;\\s]+))", Pattern.CASE_INSENSITIVE);
    private static final Pattern FIELD_NAME = Pattern.compile("name=\"([^\"]*)\"", Pattern.CASE_INSENSITIVE);
    private static final Pattern FILE_NAME = Pattern.compile("filename=\"([^\"]*)\"", Pattern.CASE_INSENSITIVE);
    private static final int MAX_HEADER_BYTES = 16 * 1024;

    /** The saved part, or null when the body had no part named "file". */
    record Saved(Path path, String fileName) {
    }

    /** The file passed the limit while it was read. */
    static final class TooLarge extends IOException {
        TooLarge() {
            super("upload too large");
        }
    }

    private MultipartFile() {
    }

    static String boundary(String contentType) {
        if (contentType == null || !contentType.toLowerCase(Locale.ROOT).startsWith("multipart/form-data")) {
            return null;
        }
        Matcher m = BOUNDARY.matcher(contentType);
        return m.find() ? (m.group(1) != null ? m.group(1) : m.group(2)) : null;
    }

    static Saved save(InputStream body, String boundary, long limit) throws IOException {
        InputStream in = new BufferedInputStream(body, 64 * 1024);
        byte[] first = ("--" + boundary).getBytes(StandardCharsets.ISO_8859_1);
        byte[] next = ("\r\n--" + boundary).getBytes(StandardCharsets.ISO_8859_1);
        if (!copyUntil(in, OutputStream.nullOutputStream(), first)) {
            return null;
        }
        while (true) {
            int a = in.read();
            int b = in.read();
            if (a != '\r' || b != '\n') {
                return null; // "--" closes the body, anything else is malformed
            }
            String headers = headers(in);
            Matcher name = FIELD_NAME.matcher(headers);
            if (name.find() && "file".equals(name.group(1))) {
                Matcher fn = FILE_NAME.matcher(headers);
                Path target = Files.createTempFile("solarpm-import-", ".upload");
                try (OutputStream out = new Limited(new BufferedOutputStream(Files.newOutputStream(target), 64 * 1024), limit)) {
                    if (!copyUntil(in, out, next)) {
                        throw new IOException("unterminated multipart body");
                    }
                } catch (IOException e) {
                    Files.deleteIfExists(target);
                    throw e;
                }
                return new Saved(target, fn.find() ? fn.group(1) : null);
            }
            if (!copyUntil(in, OutputStream.nullOutputStream(), next)) {
                return null;
            }
        }
    }

    private static String headers(InputStream in) throws IOException {
        StringBuilder sb = new StringBuilder();
        int b;
        while ((b = in.read()) >= 0) {
            sb.append((char) b);
            if (sb.length() >= 4 && sb.substring(sb.length() - 4).equals("\r\n\r\n")) {
                return new String(sb.toString().getBytes(StandardCharsets.ISO_8859_1), StandardCharsets.UTF_8);
            }
            if (sb.length() > MAX_HEADER_BYTES) {
                break;
            }
        }
        throw new IOException("malformed multipart headers");
    }

    /** Copies bytes up to (not including) {@code delimiter}, found with Knuth–Morris–Pratt; false at end of input. */
    static boolean copyUntil(InputStream in, OutputStream out, byte[] delimiter) throws IOException {
        int[] fail = new int[delimiter.length];
        for (int i = 1, k = 0; i < delimiter.length; i++) {
            while (k > 0 && delimiter[i] != delimiter[k]) {
                k = fail[k - 1];
            }
            if (delimiter[i] == delimiter[k]) {
                k++;
            }
            fail[i] = k;
        }
        int j = 0;
        int b;
        while ((b = in.read()) >= 0) {
            while (j > 0 && b != (delimiter[j] & 0xff)) {
                int shorter = fail[j - 1];
                out.write(delimiter, 0, j - shorter);
                j = shorter;
            }
            if (b == (delimiter[j] & 0xff)) {
                if (++j == delimiter.length) {
                    return true;
                }
            } else {
                out.write(b);
            }
        }
        return false;
    }

    private static final class Limited extends java.io.FilterOutputStream {
        private final long limit;
        private long count;

        Limited(OutputStream out, long limit) {
            super(out);
            this.limit = limit;
        }

        @Override
        public void write(int b) throws IOException {
            if (++count > limit) {
                throw new TooLarge();
            }
            out.write(b);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            count += len;
            if (count > limit) {
                throw new TooLarge();
            }
            out.write(b, off, len);
        }
    }
}
