package org.entente.explore;

import java.util.List;
import java.util.Map;

import org.entente.facts.ClaimKind;
import org.entente.facts.Modality;
import org.neo4j.driver.Value;

/**
 * A claim as the API shows it: what, between whom, about what, when, how sure, and the words and source behind it.
 * {@code via} names the parties that stand for an asked-about entity (Obama for the United States) and how.
 */
public record ClaimView(String id, ClaimKind kind, String topic, String summary, String date, Modality modality,
                        Double confidence, String cameo, Double goldstein, List<String> roles,
                        List<Map<String, Object>> parties, List<Map<String, Object>> about,
                        Map<String, Object> attributedTo, List<Map<String, Object>> via, String quote, String sentence,
                        Map<String, Object> source) {

    public static ClaimView of(Value v) {
        return new ClaimView(v.get("id").asString(), ClaimKind.valueOf(v.get("kind").asString()), v.get("topic").asString(null),
                v.get("summary").asString(null), v.get("date").asString(null),
                v.get("modality").isNull() ? null : Modality.valueOf(v.get("modality").asString()),
                number(v.get("confidence")), v.get("cameo").asString(null), number(v.get("goldstein")),
                v.get("roles").isNull() ? null : v.get("roles").asList(Value::asString),
                v.get("parties").asList(Value::asMap), v.get("about").asList(Value::asMap),
                v.get("attributedTo").isNull() ? null : v.get("attributedTo").asMap(),
                v.get("via").isNull() || v.get("via").size() == 0 ? null : v.get("via").asList(Value::asMap),
                v.get("quote").asString(null), v.get("sentence").asString(null),
                v.get("source").isNull() ? null : v.get("source").asMap());
    }

    private static Double number(Value v) {
        return v.isNull() ? null : v.asDouble();
    }
}
