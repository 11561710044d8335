package org.entente.explore.ask;

import java.util.List;
import java.util.stream.Collectors;

import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The forms of question, written once, in the registry: the OpenAPI description of {@code /api/ask} and the table of
 * {@code docs/ask.md} (checked by a test) are made here from the forms themselves.
 */
@Configuration(proxyBeanMethods = false)
public class AskDocs {

    static final String INTRO = """
            A question is read into its parts (the names, a topic, a period, a title, the relation asked about) and \
            answered by the first form those parts fit, listed below in the order they are tried. Names resolve as \
            everywhere (ids, names, aliases: "the US", "the Kremlin"); X may also be an issue ("missile defense") or \
            topic words where the form allows. The answer comes with its `interpretation` (the form, the question as \
            read with ids, `unused`: the parts of the question it did not use and why, and `see`: the endpoint with \
            everything) and up to 25 pieces of `evidence`. When no form fits, the closest evidence is shown \
            (`kind`: closest evidence), never as an answer.""";

    /** The table of forms as docs/ask.md has it. */
    public static String table(List<QuestionForm> forms) {
        return "| form | reads | example |\n|---|---|---|\n" + forms.stream()
                .map(f -> "| " + f.name() + " | " + f.reads() + " | " + f.example() + " |").collect(Collectors.joining("\n")) + "\n";
    }

    @Bean
    OpenApiCustomizer askForms(Asker asker) {
        return api -> {
            var item = api.getPaths() == null ? null : api.getPaths().get("/api/ask");
            if (item != null && item.getGet() != null) {
                item.getGet().setDescription(INTRO + "\n\nForms, in the order tried:\n\n" + asker.forms().stream()
                        .map(f -> "- **" + f.name() + "** (" + f.reads() + "): " + f.example()).collect(Collectors.joining("\n")));
            }
        };
    }
}
