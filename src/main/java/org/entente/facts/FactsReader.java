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
 * Reads a Facts file (YAML or JSON) and validates all of it, collecting every problem with its path and line.
 * Either the whole document is valid and a {@link Facts} comes back, or an {@link InvalidFactsException} lists
 * what is wrong; nothing in between, so nothing half-valid ever reaches the writer.
 */
public final class FactsReader {

    /** Facts files are written by hand or by the extractor; anything larger is a mistake, not a Facts file. */
    public static final long MAX_BYTES = 16L * 1024 * 1024;

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
        var facts = new FactsValidator(problems, baseDir, sha256(bytes), articleText).document(root);
        if (!problems.isEmpty()) {
            throw new InvalidFactsException(name, problems);
        }
        return facts;
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
