package org.solarpm.template.build;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;

/**
 * The line on which each JSON value starts, by JSON pointer, so that a problem found on the parsed
 * tree can name a line. For an object member the line of its key is recorded.
 */
final class JsonLineIndex {

    private final Map<String, Integer> lines = new HashMap<>();

    private JsonLineIndex() {
    }

    /** @throws IOException (a Jackson {@code JsonProcessingException}) when the text is not valid JSON */
    static JsonLineIndex of(byte[] json, JsonFactory factory) throws IOException {
        JsonLineIndex index = new JsonLineIndex();
        try (JsonParser parser = factory.createParser(json)) {
            if (parser.nextToken() != null) {
                index.walk(parser, "", parser.currentTokenLocation().getLineNr());
            }
        }
        return index;
    }

    /**
     * The line of the value at {@code pointer}, or of its nearest ancestor that exists (a missing
     * required field is reported on the line of the object that lacks it); 0 if unknown.
     */
    int lineOf(String pointer) {
        String p = pointer == null ? "" : pointer;
        while (true) {
            Integer line = lines.get(p);
            if (line != null) {
                return line;
            }
            if (p.isEmpty()) {
                return 0;
            }
            p = p.substring(0, Math.max(0, p.lastIndexOf('/')));
        }
    }

    static String escape(String name) {
        return name.replace("~", "~0").replace("/", "~1");
    }

    private void walk(JsonParser parser, String pointer, int line) throws IOException {
        lines.putIfAbsent(pointer, line);
        JsonToken token = parser.currentToken();
        if (token == JsonToken.START_OBJECT) {
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String child = pointer + "/" + escape(parser.currentName());
                int keyLine = parser.currentTokenLocation().getLineNr();
                parser.nextToken();
                walk(parser, child, keyLine);
            }
        } else if (token == JsonToken.START_ARRAY) {
            int i = 0;
            while (parser.nextToken() != JsonToken.END_ARRAY) {
                walk(parser, pointer + "/" + i++, parser.currentTokenLocation().getLineNr());
            }
        }
    }
}
