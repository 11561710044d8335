package org.entente.ingest.initial;

import java.io.IOException;
import java.util.concurrent.atomic.AtomicLong;

import org.neo4j.batchimport.api.InputIterable;
import org.neo4j.batchimport.api.InputIterator;
import org.neo4j.batchimport.api.input.InputChunk;
import org.neo4j.batchimport.api.input.InputEntityVisitor;

/**
 * The batch importer's Input over numbered units held in memory (Neo4j internal API, see {@link InitialStore}): the
 * importer's threads each take a chunk of consecutive units and ask for their entities one by one, so no file and no
 * parsing stands between the graph on the heap and the store.
 */
final class RangeInput {

    /** Units a chunk holds: large enough that taking chunks costs nothing, small enough to spread over the threads. */
    private static final int CHUNK = 10_000;

    @FunctionalInterface
    interface NodeEmitter {
        /** Emits node {@code id}. */
        void emit(long id, InputEntityVisitor visitor);
    }

    @FunctionalInterface
    interface RelationshipEmitter {
        /** Emits relationship {@code sub} of {@code unit}; false when the unit has no more. */
        boolean emit(long unit, int sub, InputEntityVisitor visitor);
    }

    private RangeInput() {
    }

    /** Nodes 0 … count-1: units of one entity each. */
    static InputIterable nodes(long count, NodeEmitter emitter) {
        return relationships(count, (unit, sub, visitor) -> {
            if (sub > 0) {
                return false;
            }
            emitter.emit(unit, visitor);
            return true;
        });
    }

    /** The entities of units 0 … count-1, each unit emitting its own until it says it has no more. */
    static InputIterable relationships(long count, RelationshipEmitter emitter) {
        return () -> new Chunks(count) {
            @Override
            public InputChunk newChunk() {
                return new Range() {
                    @Override
                    public boolean next(InputEntityVisitor visitor) throws IOException {
                        while (at < to) {
                            if (emitter.emit(at, sub, visitor)) {
                                sub++;
                                visitor.endOfEntity();
                                return true;
                            }
                            at++;
                            sub = 0;
                        }
                        return false;
                    }
                };
            }
        };
    }

    /** Hands out the ranges of units, to whichever importer thread asks next. */
    private abstract static class Chunks implements InputIterator {
        private final AtomicLong next = new AtomicLong();
        private final long count;

        Chunks(long count) {
            this.count = count;
        }

        @Override
        public boolean next(InputChunk chunk) {
            long from = next.getAndAdd(CHUNK);
            if (from >= count) {
                return false;
            }
            var range = (Range) chunk;
            range.at = from;
            range.to = Math.min(count, from + CHUNK);
            range.sub = 0;
            return true;
        }

        @Override
        public void close() {
        }
    }

    private abstract static class Range implements InputChunk {
        long at;
        long to;
        int sub;

        @Override
        public void close() {
        }
    }
}
