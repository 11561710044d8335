package org.entente.ingest.bulk;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The lines of a stream, cut at {@code \n} on the bytes and decoded one by one as UTF-8. Cutting before decoding lets a
 * line that is not UTF-8 be one bad row rather than the end of the file, and lets {@link #skip} pass lines by counting
 * newline bytes without decoding them (a newline byte is never part of another UTF-8 character). The bulk imports read
 * their files with it: GDELT's event files and Facts JSON Lines.
 */
public final class Utf8Lines implements AutoCloseable {

    /**
     * A line's number and text; {@code text} is {@code null} when its bytes are not UTF-8 or when it is longer than the
     * reader takes ({@code tooLong}: its bytes were passed over, not kept).
     */
    public record Line(long number, String text, boolean tooLong) {
    }

    private final InputStream in;
    private final CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    private final byte[] buffer = new byte[1 << 16];
    private int position;
    private int limit;
    private byte[] line = new byte[1 << 12];
    private long number;
    private final int maxBytes;

    public Utf8Lines(InputStream in) {
        this(in, Integer.MAX_VALUE - 16);
    }

    /** Lines of at most {@code maxBytes} bytes are read; a longer one is passed over and comes back without its text. */
    public Utf8Lines(InputStream in, int maxBytes) {
        this.in = in;
        this.maxBytes = maxBytes;
    }

    /** The next line without its {@code \r\n} or {@code \n}, or {@code null} at the end. */
    public Line next() throws IOException {
        int length = 0;
        boolean any = false;
        boolean tooLong = false;
        while (true) {
            if (position == limit && !fill()) {
                if (!any) {
                    return null;
                }
                break;
            }
            any = true;
            int end = position;
            while (end < limit && buffer[end] != '\n') {
                end++;
            }
            int count = end - position;
            if (tooLong || (long) length + count > maxBytes) {
                tooLong = true;
                count = 0;
            } else if (length + count > line.length) {
                line = Arrays.copyOf(line, (int) Math.min(maxBytes, Math.max(line.length * 2L, length + count)));
            }
            System.arraycopy(buffer, position, line, length, count);
            length += count;
            position = end;
            if (end < limit) {
                position++;
                break;
            }
        }
        number++;
        if (tooLong) {
            return new Line(number, null, true);
        }
        if (length > 0 && line[length - 1] == '\r') {
            length--;
        }
        int start = number == 1 && length >= 3 && line[0] == (byte) 0xEF && line[1] == (byte) 0xBB && line[2] == (byte) 0xBF ? 3 : 0;
        try {
            return new Line(number, utf8.decode(ByteBuffer.wrap(line, start, length - start)).toString(), false);
        } catch (CharacterCodingException e) {
            return new Line(number, null, false);
        }
    }

    /** Passes lines until {@code lastSkipped} is the last line read; returns how many lines were passed. */
    public long skipTo(long lastSkipped) throws IOException {
        long from = number;
        while (number < lastSkipped) {
            if (position == limit && !fill()) {
                break;
            }
            while (position < limit && number < lastSkipped) {
                if (buffer[position++] == '\n') {
                    number++;
                }
            }
        }
        return number - from;
    }

    /** The number of the last line read or skipped. */
    public long number() {
        return number;
    }

    private boolean fill() throws IOException {
        int read = in.read(buffer);
        while (read == 0) {
            read = in.read(buffer);
        }
        position = 0;
        limit = Math.max(read, 0);
        return read > 0;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
