package org.entente.facts;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * Reads a Facts file (YAML or JSON) and validates all of it, collecting every problem with its path and line; or
 * validates a {@link Facts} record built in memory (by the extractor) with the same rules. Either the whole of it is
 * valid and a {@link Facts} comes back, or an {@link InvalidFactsException} lists what is wrong; nothing in between,
 * so nothing half-valid ever reaches the writer.
 */
public final class FactsReader {

    /** Facts files are written by hand or by the extractor; anything larger is a mistake, not a Facts file. */
    public static final long MAX_BYTES = 16L * 1024 * 1024;

    /** Reads and validates a Facts file; an article it names in {@code source.text} is read beside it. */
    public Facts read(Path file) {
        var name = file.toString();
        byte[] bytes;
        try {
            if (Files.size(file) > MAX_BYTES) {
                throw invalid(name, "", 0, "the file is larger than " + MAX_BYTES / 1024 / 1024 + " MB");
            }
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw invalid(name, "", 0, "cannot read the file: " + e.getMessage());
        }
        return read(name, bytes, name.toLowerCase().endsWith(".json"), file.toAbsolutePath().getParent());
    }

    /** Reads a document held in memory; {@code baseDir} resolves {@code source.text} (may be {@code null}). */
    public Facts read(String name, byte[] bytes, boolean json, Path baseDir) {
        return read(name, bytes, json, baseDir, null);
    }

    /**
     * Reads a document that was extracted from {@code articleText}: its quotes are checked against that text, and
     * the extractor's output passes the same validation as a hand-written file before anything is written.
     */
    public Facts read(String name, byte[] bytes, boolean json, Path baseDir, String articleText) {
        var problems = new ArrayList<FactsProblem>();
        var checkedText = decodeUtf8(bytes);
        if (checkedText == null) {
            throw invalid(name, "", 0, "the file is not UTF-8 text");
        }
        if (checkedText.indexOf('\0') >= 0) {
            throw invalid(name, "", 0, "the file is binary, not YAML or JSON text");
        }
        var root = new FactsParser(problems).parse(new ByteArrayInputStream(bytes), json);
        if (root == null || !problems.isEmpty()) {
            throw new InvalidFactsException(name, problems);
        }
        var written = new FactsShape(problems, baseDir, sha256(bytes), articleText).document(root);
        if (written == null) {
            throw new InvalidFactsException(name, problems);
        }
        // the rules run even after a shape problem, so that one read names every mistake
        var facts = new FactsValidator(problems, FactsShape.places(root)).facts(written);
        if (!problems.isEmpty()) {
            throw new InvalidFactsException(name, problems);
        }
        return facts;
    }

    /**
     * Validates Facts built in memory, with the rules a document passes, and returns them as the writer wants them:
     * text stripped, default sides and modality, ids of claims and relationships scoped to the source, every quote
     * placed in the article text (its sentence and offsets found anew).
     *
     * <p>The record is taken as a producer builds it: a relationship's id is made here, a claim's id is {@code null}
     * or the slug a document would give. Problems name fields by their path in the document form
     * ({@code claims[3].parties[0].id}), with no line.
     *
     * @param name        what the problems are about, such as the article's file name
     * @param facts       the record to check
     * @param articleText the text the Facts were extracted from, which quotes must occur in: it becomes the source's
     *                    text (and its hash the source's); {@code null} to check quotes against {@code source.text}
     *                    when the record has one
     * @throws InvalidFactsException naming every problem found
     */
    public Facts validate(String name, Facts facts, String articleText) {
        var source = facts.source();
        if (source != null && articleText != null) {
            source = new Facts.Source(source.id(), source.title(), source.publisher(), source.url(), source.published(),
                    source.path(), sha256(articleText.getBytes(StandardCharsets.UTF_8)), articleText);
        }
        var problems = new ArrayList<FactsProblem>();
        var valid = new FactsValidator(problems, path -> new Located(null, path, 0))
                .facts(new Facts(source, facts.entities(), facts.relationships(), facts.claims()));
        if (!problems.isEmpty()) {
            throw new InvalidFactsException(name, problems);
        }
        return valid;
    }

    public static String decodeUtf8(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static InvalidFactsException invalid(String file, String path, int line, String message) {
        return new InvalidFactsException(file, List.of(new FactsProblem(path, line, message)));
    }
}
