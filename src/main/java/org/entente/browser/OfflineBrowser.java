package org.entente.browser;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.Resource;
import org.springframework.web.servlet.resource.ResourceTransformer;
import org.springframework.web.servlet.resource.ResourceTransformerChain;
import org.springframework.web.servlet.resource.TransformedResource;

/**
 * Neo4j Browser as its jar ships it asks hosts of its makers for things while it runs: Google's web fonts (an
 * {@code @import} in the style sheet of its design system), once connected Segment's analytics script and Canny's
 * feedback widget, and now and then Sentry (it samples a fifth of its page loads for performance reports, which its
 * crash-report setting does not hold back). On an analyst's machine that is offline they fail; on a connected one they
 * tell those hosts who uses Entente's Browser, and when. The server setting for outgoing connections
 * ({@code browser.allow_outgoing_connections}) is not honoured by the community edition, and product analytics off
 * ({@code client.allow_telemetry}, which the engine sets) still loads the scripts. So the two files that ask are served
 * edited:
 * <ul>
 * <li>the design system's bundle without the {@code @import} of Google's fonts: the Browser serves its code font (Fira
 * Code) itself, and its text font (Nunito Sans) falls back to the system's sans-serif, as its style sheet says;</li>
 * <li>the application without its "load external scripts" switch, which the Browser turns on for the community
 * edition once connected: with it off, neither Segment nor Canny is loaded (the Browser's own switch for a server
 * that forbids outgoing connections);</li>
 * <li>and without Sentry's address: Sentry's client given none sends nothing.</li>
 * </ul>
 * Each edit is a pattern that must match once in the Browser version the pom names ({@code OfflineBrowserTests} checks
 * that against the jar, and {@code BrowserIT} that the page asks no other host); if a newer Browser no longer has it,
 * the file is served as it is and a warning names the edit.
 */
final class OfflineBrowser implements ResourceTransformer {

    private static final Logger log = LoggerFactory.getLogger(OfflineBrowser.class);

    /** One edit of one of the Browser's files: the file's name starts with {@code file}. */
    record Edit(String file, String why, Pattern pattern, String replacement) {
    }

    static final List<Edit> EDITS = List.of(
            new Edit("ui-libs-", "Google's web fonts",
                    Pattern.compile("@import url\\(https://fonts\\.googleapis\\.com/[^)]*\\);"), ""),
            new Edit("app-", "Segment's analytics and Canny's feedback widget",
                    Pattern.compile("loadExternalScripts:!1!==\\w+\\.shouldAllowOutgoingConnections\\(e\\)&&\\w+\\.isConnected\\(e\\)"),
                    "loadExternalScripts:!1"),
            new Edit("app-", "Sentry's error and performance reports",
                    Pattern.compile("dsn:\"https://[^\"]*\\.sentry\\.io/[^\"]*\""), "dsn:\"\""));

    private final Set<String> warned = ConcurrentHashMap.newKeySet();

    @Override
    public Resource transform(HttpServletRequest request, Resource resource, ResourceTransformerChain chain) throws IOException {
        var resolved = chain.transform(request, resource);
        var name = resolved.getFilename();
        if (name == null || !name.endsWith(".js") || EDITS.stream().noneMatch(e -> name.startsWith(e.file()))) {
            return resolved;
        }
        var text = new String(resolved.getContentAsByteArray(), StandardCharsets.UTF_8);
        var edited = edit(name, text);
        return edited.equals(text) ? resolved : new TransformedResource(resolved, edited.getBytes(StandardCharsets.UTF_8));
    }

    /** The text of the Browser's file {@code name} with the edits for it made; an edit that does not match once is left out. */
    String edit(String name, String text) {
        for (var edit : EDITS) {
            if (!name.startsWith(edit.file())) {
                continue;
            }
            var matcher = edit.pattern().matcher(text);
            int found = 0;
            while (matcher.find()) {
                found++;
            }
            if (found == 1) {
                text = edit.pattern().matcher(text).replaceFirst(Matcher.quoteReplacement(edit.replacement()));
            } else if (warned.add(name + edit.pattern())) {
                log.warn("Neo4j Browser's {} is not as expected ({} places match, not one): served without the edit that keeps "
                        + "the Browser from loading {}, which it may now ask for", name, found, edit.why());
            }
        }
        return text;
    }
}
