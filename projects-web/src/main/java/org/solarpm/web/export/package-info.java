/**
 * How exported files leave the server: streamed with their media type and a file name that keeps
 * its Chinese characters (RFC 6266 / RFC 8187), never cached by proxies.
 */
package org.solarpm.web.export;
