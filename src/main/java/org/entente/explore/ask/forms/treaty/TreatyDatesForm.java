package org.entente.explore.ask.forms.treaty;

import static org.entente.explore.ask.parts.AnswerParts.evidence;
import static org.entente.explore.ask.parts.AnswerParts.named;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.entente.explore.ClaimView;
import org.entente.explore.Wording;
import org.entente.explore.ask.Answer;
import org.entente.explore.ask.Asker;
import org.entente.explore.ask.Form;
import org.entente.explore.ask.Question.Asks;
import org.entente.explore.ask.Question.Relation;
import org.entente.explore.ask.Question.Slot;
import org.entente.explore.ask.Question;
import org.entente.explore.ask.parts.AnswerParts;
import org.entente.explore.ask.parts.References;
import org.entente.explore.query.EntityRepository;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * "When does START expire?", "Is New START signed?", "Is START in force?", "What is the status of New START?": a treaty's
 * dates and status as the graph holds them, which is as of its sources: a date it does not hold is unknown, not absent.
 */
@Component
@Order(50)
class TreatyDatesForm extends Form {

    private final EntityRepository entities;
    private final References references;

    TreatyDatesForm(EntityRepository entities, References references) {
        super("TREATY_DATES", "expire, signed, in force, status and one treaty; when or whether", "When does START expire?",
                Slot.NAMES);
        this.entities = entities;
        this.references = references;
    }

    @Override
    public boolean fits(Question q) {
        return q.is(Relation.EXPIRE, Relation.SIGNED, Relation.IN_FORCE, Relation.STATUS) && q.namesOne();
    }

    @Override
    public Answer answer(Question q) {
        var treaty = references.one(q.names().get(0));
        var profile = entities.profile(treaty, ClaimView.LIST);
        var attributes = profile.attributes();
        var the = Wording.capitalise(Wording.the(treaty));
        var status = attributes.get("status") instanceof String s ? s : null;
        var signed = (String) attributes.get("signed");
        var inForce = (String) attributes.get("inForce");
        var expires = (String) attributes.get("expires");
        var whether = q.asks() == Asks.WHETHER;
        String text;
        String word;
        if (!"Treaty".equals(treaty.kind())) {
            text = the + " is no treaty (" + treaty.kind().toLowerCase(Locale.ROOT) + "); the graph keeps signing, entry into "
                    + "force and expiry for treaties only.";
            word = null;
        } else if (q.is(Relation.EXPIRE)) {
            word = "expire";
            text = expires == null ? "The graph records no expiry date for " + Wording.the(treaty) + "."
                    : the + " expires on " + expires + ".";
        } else if (q.is(Relation.SIGNED)) {
            word = "sign";
            text = signed == null ? (whether ? "Not as far as the graph knows: it" : "The graph") + " records no signing of "
                    + Wording.the(treaty) + "." : (whether ? "Yes: " : "") + the + " was signed on " + signed + ".";
        } else if (q.is(Relation.IN_FORCE)) {
            word = "force";
            text = inForce == null ? (whether ? "Not as far as the graph knows: it" : "The graph") + " records no entry into force of "
                    + Wording.the(treaty) + "." : (whether ? "Yes: " : "") + the + " entered into force on " + inForce
                    + (expires == null ? "" : " and expires on " + expires) + ".";
        } else {
            word = null;
            text = the + ": " + dates(signed, inForce, expires) + ".";
        }
        if ("Treaty".equals(treaty.kind())) {
            text += " Status: " + (status == null ? "not recorded" : status) + ", as of its sources ("
                    + String.join(", ", profile.sources().stream().map(s -> s.id() + ", " + s.published()).toList()) + ")."
                    + (q.is(Relation.STATUS) ? "" : " " + dates(signed, inForce, expires) + ".");
            if (attributes.get("description") instanceof String d) {
                text += " Described as: " + d.strip();
            }
        }
        var claims = new ArrayList<ClaimView>();
        profile.claims().stream().filter(c -> word != null && c.quote() != null && c.quote().toLowerCase(Locale.ROOT).contains(word))
                .forEach(claims::add);
        profile.claims().stream().filter(c -> !claims.contains(c)).forEach(claims::add);
        var reading = switch (q.relation()) {
            case EXPIRE -> "When does " + named(treaty) + " expire?";
            case SIGNED -> "Was " + named(treaty) + " signed, and when?";
            case IN_FORCE -> "Is " + named(treaty) + " in force?";
            default -> "What is the status of " + named(treaty) + "?";
        };
        return AnswerParts.answer(q.text(), name(), reading, List.of(treaty), null, Asker.see("/api/entities/" + treaty.id()),
                text, evidence(claims));
    }

    private static String dates(String signed, String inForce, String expires) {
        var parts = new ArrayList<String>();
        parts.add(signed == null ? "no signing recorded" : "signed " + signed);
        parts.add(inForce == null ? "no entry into force recorded" : "in force from " + inForce);
        parts.add(expires == null ? "no expiry recorded" : "expires " + expires);
        return String.join(", ", parts);
    }
}
