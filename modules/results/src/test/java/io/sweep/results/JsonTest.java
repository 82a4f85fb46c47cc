package io.sweep.results;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.jr.ob.JSON;
import java.io.IOException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonTest {

    @Test
    void roundTripsNestedValuesAndDoublesToTheBit() throws Exception {
        Map<String, Object> value = new LinkedHashMap<>();
        value.put("text", "quote \" backslash \\ newline \n tab \t control \u0001 unicode α→∞");
        value.put("double", 0.1 + 0.2);
        value.put("tiny", 4.9e-324);
        value.put("huge", -1.7976931348623157e308);
        value.put("long", 1234567890123L);
        value.put("flags", List.of(true, false));
        value.put("none", null);
        value.put("nested", Map.of("empty", List.of(), "obj", Map.of()));
        for (String text : List.of(Json.write(value), Json.writePretty(value))) {
            Map<String, Object> back = Json.readObject(text);
            assertEquals(value.get("text"), back.get("text"));
            assertEquals(0.1 + 0.2, back.get("double"));
            assertEquals(4.9e-324, back.get("tiny"));
            assertEquals(-1.7976931348623157e308, back.get("huge"));
            assertEquals(1234567890123L, back.get("long"));
            assertEquals(List.of(true, false), back.get("flags"));
            assertEquals(true, back.containsKey("none"));
            assertEquals(Map.of("empty", List.of(), "obj", Map.of()), back.get("nested"));
            assertEquals(List.copyOf(value.keySet()), List.copyOf(back.keySet()), "order kept");
        }
        assertEquals(1, Json.write(value).lines().count(), "compact is one line");
    }

    @Test
    void anotherParserReadsWhatItWritesAndNonFiniteBecomesNull() throws Exception {
        Map<String, Object> value = Map.of("a", List.of(1.5, "x\u2028y"), "nan", Double.NaN);
        Map<String, Object> back = JSON.std.mapFrom(Json.writePretty(value));
        assertEquals(List.of(1.5, "x\u2028y"), back.get("a"));
        assertEquals(null, back.get("nan"));
        assertEquals(Map.of("k", Arrays.asList(1L, 2.5e-7, -3L)), Json.read("{\"k\" : [ 1 , 2.5E-7,-3 ]}"));
        assertEquals(1e20, Json.read("100000000000000000000"));
    }

    @Test
    void malformedTextIsAnIOException() {
        for (String bad : List.of("", "{", "{\"a\" 1}", "[1,]", "tru", "\"open", "{\"a\":1} x", "{a:1}", "\"\\x\"",
                "-")) {
            assertThrows(IOException.class, () -> Json.read(bad), bad);
        }
    }
}
