package org.entente.extract.events;

import java.util.ArrayList;
import java.util.List;

import org.entente.extract.cameo.CameoCodes;
import org.entente.extract.rules.ClaimRules;
import org.entente.extract.rules.Dates;
import org.entente.extract.rules.Text;
import org.entente.facts.Facts;

/**
 * Claims from events: the kind, Goldstein score and quad class follow the CAMEO code; the actors come first among the
 * parties and the targets after them; one party is enough ("France condemned the attacks" is France's stance on the
 * attacks, a STATEMENT coded 111: {@link ClaimRules#alone}). The evidence is the whole sentence, the date the one the sentence gives, else the article's.
 */
public final class EventClaims {

    private EventClaims() {
    }

    public static List<Facts.Claim> of(Text text, List<Event> events) {
        var claims = new ArrayList<Facts.Claim>();
        for (var e : events) {
            var sentence = text.sentences.get(e.sentence());
            var kind = CameoCodes.kind(e.code());
            if (kind.equals("AGREEMENT") && CameoCodes.root(e.code()) == 3 && !e.code().startsWith("036") && !e.targets().isEmpty()
                    && e.modality().equals("PLANNED")) {
                // one side's intent toward another ("the United States stands ready to assist Lebanon", "remains
                // committed to supporting ECOWAS") is cooperation it plans; sides that intend together agree
                kind = "COOPERATION";
            }
            if (e.code().startsWith("016") && !e.targets().isEmpty()) {
                // a denial aimed at whoever said what is denied ("Russia denied the allegations of Ukraine", "rejects the
                // accusations of the Russian delegate") is a disagreement with them, as its Goldstein score says (-2)
                kind = "DISAGREEMENT";
            }
            // sides are the Facts default (Facts.Party.defaultSide): in a quarrel the actors ("Germany and France
            // condemned …") stand together against the targets, in an agreement all stand together
            var parties = new ArrayList<Facts.Party>();
            e.actors().forEach(id -> parties.add(new Facts.Party(id, null, "actor")));
            e.targets().forEach(id -> parties.add(new Facts.Party(id, null, "target")));
            var claim = new Facts.Claim(null, parties.size() >= 2 ? kind : ClaimRules.alone(kind), parties, e.about(), e.topic(), null,
                    Dates.claimDate(text, sentence, sentence[0], sentence[1]), e.modality(),
                    text.evidence(sentence, sentence[0], sentence[1]), e.attributedTo(), parties.size() >= 2 ? 0.7 : 0.6,
                    e.code(), CameoCodes.goldstein(e.code()));
            if (claims.stream().noneMatch(c -> same(c, claim))) {
                claims.add(claim);
            }
        }
        return claims;
    }

    /**
     * One sentence, one kind, the same parties, the same things it is about: one claim ("condemned and denounced");
     * a concern about Hong Kong and one about Tibet in one sentence are two.
     */
    private static boolean same(Facts.Claim a, Facts.Claim b) {
        return a.kind().equals(b.kind()) && a.parties().equals(b.parties()) && a.about().equals(b.about())
                && a.evidence().sentence().equals(b.evidence().sentence());
    }
}
