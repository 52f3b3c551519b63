package io.pyloom.server.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.tomlj.Toml;
import org.tomlj.TomlArray;
import org.tomlj.TomlParseResult;
import org.tomlj.TomlTable;

/** TOML configs turned into the JSON the kernel reads natively, so browsers need no TOML parser. */
public final class TomlJson {

    private static final ObjectMapper JSON = new ObjectMapper();

    private TomlJson() {
    }

    /** @throws IllegalArgumentException with tomlj's messages (line and column) when the TOML is invalid */
    public static String convert(String toml) {
        TomlParseResult result = Toml.parse(toml);
        if (result.hasErrors()) {
            throw new IllegalArgumentException(result.errors().stream().map(Object::toString)
                    .collect(Collectors.joining("\n")));
        }
        try {
            return JSON.writeValueAsString(plain(result));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Map<String, Object> plain(TomlTable table) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (String key : table.keySet()) {
            map.put(key, plain(table.get(List.of(key))));
        }
        return map;
    }

    private static Object plain(Object value) {
        if (value instanceof TomlTable table) {
            return plain(table);
        }
        if (value instanceof TomlArray array) {
            List<Object> list = new ArrayList<>();
            for (int i = 0; i < array.size(); i++) {
                list.add(plain(array.get(i)));
            }
            return list;
        }
        if (value instanceof java.time.temporal.TemporalAccessor) {
            return value.toString(); // JSON has no dates: ISO text, as TOML wrote them
        }
        return value;
    }
}
