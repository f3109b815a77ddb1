package org.solarpm.reporting;

/** A rendered export with the file name it should be downloaded as (in the reader's language). */
public record RenderedFile(String fileName, byte[] bytes) {
}
