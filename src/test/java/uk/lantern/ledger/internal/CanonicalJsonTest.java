package uk.lantern.ledger.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CanonicalJsonTest {

    @Test
    void keysAreSortedAtEveryLevelWhateverTheInsertionOrder() {
        Map<String, Object> inner = new LinkedHashMap<>();
        inner.put("z", 1);
        inner.put("a", 2);
        Map<String, Object> outer = new LinkedHashMap<>();
        outer.put("b", inner);
        outer.put("a", List.of("x", "y"));
        assertThat(CanonicalJson.write(outer)).isEqualTo("{\"a\":[\"x\",\"y\"],\"b\":{\"a\":2,\"z\":1}}");
    }
}
