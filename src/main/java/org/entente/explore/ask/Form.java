package org.entente.explore.ask;

import java.util.EnumSet;
import java.util.Set;

import org.entente.explore.ask.Question.Slot;

/** What every form has: its name, what it reads, an example, the slots it uses. */
public abstract class Form implements QuestionForm {

    private final String name;
    private final String reads;
    private final String example;
    private final Set<Slot> uses;

    protected Form(String name, String reads, String example, Slot first, Slot... more) {
        this.name = name;
        this.reads = reads;
        this.example = example;
        this.uses = EnumSet.of(first, more);
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public String reads() {
        return reads;
    }

    @Override
    public String example() {
        return example;
    }

    @Override
    public Set<Slot> uses() {
        return uses;
    }
}
