package org.entente.system;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

import org.neo4j.bolt.BoltServer;
import org.neo4j.bolt.protocol.common.connector.connection.Connection;
import org.neo4j.bolt.protocol.common.connector.listener.ConnectorListener;
import org.neo4j.common.DependencyResolver;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufUtil;
import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.codec.ByteToMessageDecoder;

/**
 * Refuses Bolt-over-WebSocket handshakes from web pages of other origins. Neo4j's Bolt port answers WebSocket on the
 * same port as plain Bolt and checks no {@code Origin}, so any page open in the analyst's browser could talk to it;
 * a password alone would leave the door to be knocked on. This gate sits first in every Bolt connection's pipeline:
 * a connection that opens with an HTTP request carrying an {@code Origin} header other than Entente's own is answered
 * 403 and closed before Neo4j sees a byte. Plain Bolt, and WebSocket clients that are not browsers (no Origin), pass.
 */
final class BoltOriginGate implements ConnectorListener {

    private static final Logger log = LoggerFactory.getLogger(BoltOriginGate.class);
    /** A handshake request is a few hundred bytes; more than this before the blank line is not one. */
    private static final int MAX_REQUEST_HEAD = 16 * 1024;

    private static final ByteBuf END_OF_HEAD = Unpooled.unreleasableBuffer(
            Unpooled.wrappedBuffer("\r\n\r\n".getBytes(StandardCharsets.US_ASCII)));
    private static final long WARNING_INTERVAL = 10_000_000_000L;

    private volatile Set<String> allowed = Set.of();
    private final AtomicLong lastWarning = new AtomicLong(System.nanoTime() - WARNING_INTERVAL - 1);

    /** Installs the gate on every Bolt connector of a started engine. */
    static BoltOriginGate install(DependencyResolver dependencies) {
        var gate = new BoltOriginGate();
        dependencies.resolveDependency(BoltServer.class).getConnectors().forEach(c -> c.registerListener(gate));
        return gate;
    }

    /** The origins whose pages may open Bolt over WebSocket, such as {@code http://localhost:8080}. */
    void allow(List<String> origins) {
        allowed = Set.copyOf(origins.stream().map(o -> o.strip().toLowerCase(Locale.ROOT)).toList());
    }

    Set<String> allowed() {
        return allowed;
    }

    boolean admits(String origin) {
        return origin == null || allowed.contains(origin.strip().toLowerCase(Locale.ROOT));
    }

    @Override
    public void onConnectionCreated(Connection connection) {
        connection.modifyPipeline(pipeline -> pipeline.addFirst("entente-origin-gate", new Handler()));
    }

    /** Reads the start of a connection; steps aside for anything it admits, with every byte passed on. */
    private final class Handler extends ByteToMessageDecoder {

        @Override
        protected void decode(ChannelHandlerContext ctx, ByteBuf in, List<Object> out) {
            if (in.readableBytes() < 3) {
                return;
            }
            if (!in.toString(in.readerIndex(), 3, StandardCharsets.US_ASCII).equals("GET")) {
                ctx.pipeline().remove(this); // plain Bolt: the bytes read so far go on to Neo4j
                return;
            }
            int end = ByteBufUtil.indexOf(END_OF_HEAD, in);
            if (end < 0) {
                if (in.readableBytes() >= MAX_REQUEST_HEAD) {
                    refuse(ctx, in, "431 Request Header Fields Too Large", "request head over 16 KB");
                }
                return;
            }
            var origin = header(in.toString(in.readerIndex(), end - in.readerIndex(), StandardCharsets.ISO_8859_1), "origin");
            if (admits(origin)) {
                ctx.pipeline().remove(this);
            } else {
                long now = System.nanoTime();
                long last = lastWarning.get();
                if (now - last > WARNING_INTERVAL && lastWarning.compareAndSet(last, now)) {
                    // an attacker chooses the origin and how often: said at most every 10 s, and cut short
                    log.warn("Refused a Bolt WebSocket handshake from origin {} (allowed: {}; more are refused silently for 10 s)",
                            origin.length() > 100 ? origin.substring(0, 100) + "…" : origin, allowed);
                }
                refuse(ctx, in, "403 Forbidden", "Bolt over WebSocket is open to Entente's own pages only");
            }
        }

        private static void refuse(ChannelHandlerContext ctx, ByteBuf in, String status, String why) {
            in.skipBytes(in.readableBytes());
            var body = why + "\n";
            var response = "HTTP/1.1 " + status + "\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Length: "
                    + body.getBytes(StandardCharsets.UTF_8).length + "\r\nConnection: close\r\n\r\n" + body;
            ctx.writeAndFlush(Unpooled.copiedBuffer(response, StandardCharsets.UTF_8)).addListener(ChannelFutureListener.CLOSE);
        }

        private static String header(String head, String name) {
            for (var line : head.split("\r\n")) {
                int colon = line.indexOf(':');
                if (colon > 0 && line.substring(0, colon).strip().toLowerCase(Locale.ROOT).equals(name)) {
                    return line.substring(colon + 1).strip();
                }
            }
            return null;
        }
    }
}
