package org.entente.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Comparator;

import org.entente.system.PublicAddress;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.CrossOrigin;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.HtmlUtils;

import io.swagger.v3.oas.annotations.Hidden;

/**
 * Browser guides (the {@code :play} slide format): Entente's tour of the seed, with links that name the address the
 * Browser reached it by, and one slide per query of the analyst's library, made from {@code cypher/queries/}, so
 * the library in the guide is always the library that is tested.
 */
@RestController
@CrossOrigin(origins = "*", methods = org.springframework.web.bind.annotation.RequestMethod.GET)
@Hidden
class GuideController {

    private final PublicAddress address;

    GuideController(PublicAddress address) {
        this.address = address;
    }

    /** The tour's links name Entente's configured address, not the request's Host header. */
    @GetMapping(path = "/guide/entente.html", produces = MediaType.TEXT_HTML_VALUE)
    String tour() {
        return read(new ClassPathResource("guide/entente.html")).replace("${base}", HtmlUtils.htmlEscape(address.base()));
    }

    @GetMapping(path = "/guide/library.html", produces = MediaType.TEXT_HTML_VALUE)
    String library() throws IOException {
        var files = new PathMatchingResourcePatternResolver().getResources("classpath:cypher/queries/*.cypher");
        var slides = new StringBuilder();
        Arrays.stream(files).sorted(Comparator.comparing(Resource::getFilename)).forEach(file -> {
            var text = read(file);
            var header = text.lines().takeWhile(l -> l.startsWith("//")).toList();
            var question = header.stream().filter(l -> l.startsWith("// Question: ")).findFirst()
                    .map(l -> l.substring("// Question: ".length())).orElse(file.getFilename());
            var example = header.stream().filter(l -> l.startsWith("// Example: ")).findFirst()
                    .map(l -> l.substring("// Example: ".length()).strip()).orElse("{}");
            var why = String.join(" ", header.stream().filter(l -> !l.startsWith("// Question: ")
                    && !l.startsWith("// Example: ")).map(l -> l.replaceFirst("^//\\s?", "")).toList());
            var query = text.lines().dropWhile(l -> l.startsWith("//")).reduce((a, b) -> a + "\n" + b).orElse("").strip();
            slides.append("    <slide class=\"row-fluid\">\n      <div class=\"col-sm-12\">\n")
                    .append("        <h3>").append(HtmlUtils.htmlEscape(question)).append("</h3>\n")
                    .append("        <p><code>cypher/queries/").append(file.getFilename()).append("</code>. ")
                    .append(HtmlUtils.htmlEscape(why)).append("</p>\n")
                    .append("        <pre mode=\"cypher\" class=\"runnable\">:param ").append(HtmlUtils.htmlEscape(example))
                    .append("</pre>\n")
                    .append("        <pre mode=\"cypher\" class=\"runnable\">").append(HtmlUtils.htmlEscape(query)).append("</pre>\n")
                    .append("      </div>\n    </slide>\n");
        });
        return "<article class=\"guide\">\n  <carousel class=\"deck container-fluid\">\n" + slides
                + "  </carousel>\n</article>\n";
    }

    private static String read(Resource resource) {
        try (var in = resource.getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + resource.getDescription(), e);
        }
    }
}
