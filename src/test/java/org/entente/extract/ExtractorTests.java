package org.entente.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.entente.extract.eval.CuratedComparison;
import org.entente.extract.mentions.Mention;
import org.entente.facts.Facts;
import org.entente.facts.FactsReader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The extractor on the seed article against its curated Facts, and on bad input. One pipeline for the class. */
class ExtractorTests {

    private static final Path SEED = Path.of("seeds/articles/rferl-2009-04-01-medvedev-obama.txt");
    private static Extractor extractor;
    private static Extractor.Extraction extraction;
    private static Facts extracted;
    private static Facts curated;

    @BeforeAll
    static void extractTheSeedArticle() throws Exception {
        extractor = new Extractor();
        extraction = extractor.extract(SEED.toString(), Files.readAllBytes(SEED), Extractor.Options.none());
        extracted = extraction.facts();
        curated = new FactsReader().read(Path.of("seeds/curated/rferl-2009-04-01-medvedev-obama.yaml"));
    }

    /** Some claim of {@code facts} has exactly these parties, in this order. */
    private static void assertClaimBetween(Facts facts, String... parties) {
        assertThat(facts.claims()).anySatisfy(c -> assertThat(c.parties()).extracting(Facts.Party::id).containsExactly(parties));
    }

    /** The Facts of a short text, published by {@code publisher} (may be {@code null}) on {@code published}. */
    private static Facts facts(String text, String publisher, String published) {
        return ShortTexts.facts(text, publisher, published);
    }

    @Test
    void shouldFindTheEntitiesOfTheCuratedFacts() {
        var scores = CuratedComparison.compare(extracted, curated);

        assertThat(scores.get("entities: all").f1()).isGreaterThanOrEqualTo(0.95);
        assertThat(scores.get("relationships").f1()).isGreaterThanOrEqualTo(0.8);
        assertThat(scores.get("claims").f1()).isGreaterThanOrEqualTo(0.8);
    }

    /**
     * The AU Commission memorandum (dev): "African Union Commission (AUC) Chairperson Moussa Faki Mahamat" acted for
     * Chad, where the Phoenix actor file (of 2014) still has him in Chad's government; the title the text gives, past an
     * acronym in brackets, says whom he acts for.
     */
    @Test
    void shouldLetATitleBeforeABracketedAcronymSayWhomAPersonActsFor() {
        var facts = facts("U.S. Secretary of State Antony J. Blinken and African Union Commission (AUC) "
                + "Chairperson Moussa Faki Mahamat signed a Memorandum of Cooperation.", null, "2022-03-11");
        assertThat(facts.relationships()).anySatisfy(r -> {
            assertThat(r.from()).isEqualTo("person:moussa-faki-mahamat");
            assertThat(r.to()).isEqualTo("org:african-union-commission");
        });
        assertThat(facts.claims()).isNotEmpty().noneMatch(c -> c.parties().stream().anyMatch(p -> p.id().equals("country:tcd")));
        // and the same title in an apposition with its article ("Moussa Faki Mahamat, the Chairperson of …,")
        var apposed = facts("Moussa Faki Mahamat, the Chairperson of the African Union Commission, signed the "
                + "memorandum with the United States.", null, "2022-03-11");
        assertThat(apposed.relationships()).anySatisfy(r -> assertThat(r.to()).isEqualTo("org:african-union-commission"));
        assertThat(apposed.claims()).isNotEmpty().noneMatch(c -> c.parties().stream().anyMatch(p -> p.id().equals("country:tcd")));
        // must not: brackets that hold no acronym of a body before the title ("(left)") name no employer
        var other = facts("Blinken (left) and Foreign Minister Sergey Lavrov met in Geneva.", null, "2022-03-11");
        assertThat(other.relationships()).noneMatch(r -> r.to().equals("person:blinken"));
    }

    /**
     * The dev texts' curators file the heads of bodies as their leaders ("UN Secretary-General Guterres", "AUC
     * Chairperson Moussa Faki Mahamat", "U.S. Pacific Fleet Commander Admiral Harry Harris": LEADS), where the titles
     * made them employees (WORKS_FOR).
     */
    @Test
    void shouldReadTheHeadOfABodyAsItsLeader() {
        var facts = facts("UN Secretary-General Guterres met African Union Commission (AUC) Chairperson Moussa Faki Mahamat.", null, "2022-03-11");
        assertThat(facts.relationships()).filteredOn(r -> r.type().equals("LEADS")).extracting(r -> r.from() + " " + r.to())
                .contains("person:guterres org:un", "person:moussa-faki-mahamat org:african-union-commission");
        // must not: a body's spokesperson speaks for it, its secretary works for it
        var other = facts("UN spokesperson Dujarric spoke. NATO Deputy Secretary Smith agreed.", null, "2022-03-11");
        assertThat(other.relationships()).noneMatch(r -> r.type().equals("LEADS"));
    }

    /**
     * States that no longer exist act as states: the gazetteer keeps them as places with their CAMEO code (the Soviet
     * Union SUN, Czechoslovakia CSK, East Germany DDR, North Vietnam VDR …), as the held-out curators file them, and no
     * other place acts; the Phoenix file's "GERMAN_DEMOCRATIC_REPUBLIC [DDR 19491007-19901003]" made a person of East
     * Germany. Written for the Cold War papers of the Foreign Relations series, where the extractor found almost nothing.
     */
    @Test
    void shouldLetAStateThatNoLongerExistsAct() {
        var rejected = facts("The Soviet Union rejected the proposal of the United States.", null, "1971-09-01");
        assertClaimBetween(rejected, "place:soviet-union", "country:usa");
        var invaded = facts("Soviet troops invaded Czechoslovakia.", null, "1968-08-21");
        assertThat(invaded.claims()).anySatisfy(c -> {
            assertThat(c.kind()).isEqualTo("CONFLICT");
            assertThat(c.parties()).extracting(Facts.Party::id).containsExactly("place:soviet-union", "place:czechoslovakia");
        });
        var protested = facts("The United States protested to North Vietnam.", null, "1964-08-03");
        assertClaimBetween(protested, "country:usa", "place:north-vietnam");
        var closed = facts("East Germany closed its border.", null, "1961-08-13");
        assertThat(closed.entities()).extracting(Facts.Entity::id).contains("place:east-germany")
                .doesNotContain("person:german-democratic-republic");
        assertThat(closed.claims()).anySatisfy(c -> assertThat(c.parties()).extracting(Facts.Party::id).contains("place:east-germany"));
        // must not: a place that was never a state stays where things happen ("met in Crimea"), and so does the
        // former Soviet Union, the post-Soviet space
        var met = facts("Russia and Ukraine signed an agreement in Crimea.", null, "1997-05-28");
        assertThat(met.claims()).isNotEmpty().allSatisfy(c -> assertThat(c.parties()).extracting(Facts.Party::id)
                .doesNotContain("place:crimea"));
        var former = facts("Russia and the former Soviet Union rejected the plan.", null, "1995-01-01");
        assertThat(former.claims()).allSatisfy(c -> assertThat(c.parties()).extracting(Facts.Party::id)
                .doesNotContain("place:former-soviet-union"));
    }

    /**
     * An office the Phoenix file codes as Russia's was the Soviet Union's before 26 December 1991 (places.yaml:
     * {@code continuedBy: RUS}, {@code until}): "Gromyko rejected" in a telegram of 1970 is the Soviet Union's act,
     * as the curators file it, not Russia's.
     */
    @Test
    void shouldReadARussianOfficeBefore1992AsTheSovietUnions() {
        var rejected = facts("Gromyko rejected the American proposal.", null, "1970-05-01");
        assertClaimBetween(rejected, "place:soviet-union", "country:usa");
        // must not: the same office after the Soviet Union ended is Russia's
        var lavrov = facts("Lavrov rejected the American proposal.", null, "2022-05-01");
        assertClaimBetween(lavrov, "country:rus", "country:usa");
    }

    /**
     * A capital is its state's in its time, as the offices are: "Moscow rejected" in 1968 is the Soviet Union, "Hanoi"
     * in 1964 North Vietnam (the Socialist Republic is the Democratic Republic renamed in 1976); the city where talks
     * are held is a part of that state.
     */
    @Test
    void shouldReadACapitalAsTheStateOfItsTime() {
        var rejected = facts("Moscow rejected the American proposal.", null, "1968-08-21");
        assertClaimBetween(rejected, "place:soviet-union", "country:usa");
        assertThat(rejected.relationships()).anySatisfy(r -> assertThat(r.from() + " " + r.to())
                .isEqualTo("place:moscow place:soviet-union"));
        var protested = facts("North Vietnam attacked the destroyer. Hanoi rejected the American protest.", null, "1964-08-03");
        assertClaimBetween(protested, "place:north-vietnam", "country:usa");
        // must not: Moscow after 1991 is Russia's
        var today = facts("Moscow rejected the American proposal.", null, "2015-08-21");
        assertClaimBetween(today, "country:rus", "country:usa");
    }

    /** So is a demonym: "Russian troops" in 1956 are the Soviet Union's; in 2014 Russia's. */
    @Test
    void shouldReadADemonymAsTheStateOfItsTime() {
        var entered = facts("Russian troops entered Hungary.", null, "1956-11-04");
        assertClaimBetween(entered, "place:soviet-union", "country:hun");
        // must not: after 1991, and a state's own name at any date, stay Russia
        var crimea = facts("Russian troops entered Ukraine.", null, "2014-03-01");
        assertClaimBetween(crimea, "country:rus", "country:ukr");
        var named = facts("Russia and the United States signed the treaty.", null, "1956-11-04");
        assertClaimBetween(named, "country:rus", "country:usa");
    }

    /**
     * A government body is its state's in its time, as a capital is: "the Kremlin" of 1968 is part of the Soviet Union
     * and acts for it; of 2014, Russia's.
     */
    @Test
    void shouldReadAGovernmentBodyAsTheStateOfItsTime() {
        var condemned = facts("The Kremlin condemned the United States.", null, "1968-08-21");
        assertClaimBetween(condemned, "place:soviet-union", "country:usa");
        assertThat(condemned.relationships()).anySatisfy(r -> assertThat(r.type() + " " + r.from() + " " + r.to())
                .isEqualTo("PART_OF org:kremlin place:soviet-union"));
        // must not: after 1991 the Kremlin is Russia's
        var today = facts("The Kremlin condemned the United States.", null, "2014-03-01");
        assertClaimBetween(today, "country:rus", "country:usa");
        assertThat(today.relationships()).noneSatisfy(r -> assertThat(r.to()).isEqualTo("place:soviet-union"));
    }

    /**
     * The plural of a demonym after "the" is its state acting, as the singular is ("the Chinese", "the Soviets"):
     * "The Egyptians rejected the Israeli proposal" is Egypt against Israel. A bare plural is a people, and a plural
     * whose singular is no demonym names nothing.
     */
    @Test
    void shouldReadThePluralOfADemonymAsItsState() {
        assertClaimBetween(facts("The Egyptians rejected the Israeli proposal.", null, "1975-08-21"), "country:egy", "country:isr");
        assertClaimBetween(facts("The Pakistanis rejected the proposal of the United Nations.", null, "1975-08-21"), "country:pak", "org:un");
        // must not: "the Democrats" are no state, and bare "Israelis and Palestinians" are peoples, not the states
        assertThat(facts("The Democrats rejected the proposal of the United Nations.", null, "2014-03-01").entities())
                .noneSatisfy(e -> assertThat(e.id()).startsWith("country:"));
        assertThat(facts("We call on Israelis and Palestinians to show restraint.", null, "2014-03-01").entities())
                .noneSatisfy(e -> assertThat(e.id()).isIn("country:isr", "country:pse"));
    }

    /**
     * "Could not accept" and "would not agree" refuse, as "cannot accept" does; reported by a speaker, the refusal is
     * the claim, attributed to him, where the cue table saw only his statement: "Gromyko told Rusk that the Soviet
     * Government could not accept the American proposal" is the Soviet Union rejecting the United States' proposal.
     */
    @Test
    void shouldReadCouldNotAcceptAsARefusal() {
        var told = facts("Gromyko told Rusk that the Soviet Government could not accept the American proposal.", null, "1968-08-21");
        assertClaimBetween(told, "place:soviet-union", "country:usa");
        assertThat(told.claims()).anySatisfy(c -> {
            assertThat(c.kind()).isEqualTo("DISAGREEMENT");
            assertThat(c.modality()).isEqualTo("REPORTED");
            assertThat(c.attributedTo()).isEqualTo("person:andrey-gromyko");
        });
        assertClaimBetween(facts("Moscow would not accept the American proposal.", null, "2014-03-01"), "country:rus", "country:usa");
        // must not: "could" without "not" muses, and "should not" appeals
        assertThat(facts("Russia could accept the proposal of the United States.", null, "2014-03-01").claims()).isEmpty();
        assertThat(facts("Iran should not accept the American proposal.", null, "2014-03-01").claims())
                .noneSatisfy(c -> assertThat(c.kind()).isEqualTo("DISAGREEMENT"));
    }

    /**
     * A stance reported by a speaker the text does not resolve ("The Secretary") replaces the cue table's statement of
     * whoever he told it: "The Secretary told Dobrynin that the United States could not accept the Soviet position on
     * Berlin" is the United States' rejection, not Dobrynin's statement.
     */
    @Test
    void shouldNotMakeTheOneToldTheSpeaker() {
        var told = facts("The Secretary told Dobrynin that the United States could not accept the Soviet position on Berlin.", null,
                "1970-01-31");
        assertClaimBetween(told, "country:usa", "place:soviet-union");
        assertThat(told.claims()).noneSatisfy(c -> assertThat(c.parties()).extracting(Facts.Party::id).containsExactly("person:dobrynin"));
        // must not: what Dobrynin himself said stays his
        assertThat(facts("Dobrynin said that he had no instructions.", null, "1970-01-31").claims())
                .allSatisfy(c -> assertThat(c.parties()).hasSize(1));
    }

    /**
     * A capital that owns or makes what a verb's object names acts for its state, as a capital that is the subject
     * does: "rejected Washington's proposal" is aimed at the United States, "protested the note of Moscow" in 1968 at
     * the Soviet Union. A capital that is the object itself stays a city: "Russian forces attacked Kyiv" has no target.
     */
    @Test
    void shouldLetACapitalThatOwnsTheObjectActForItsState() {
        assertClaimBetween(facts("The United States rejected Moscow's proposal.", null, "2014-03-01"), "country:usa", "country:rus");
        assertClaimBetween(facts("India condemned Islamabad's support for the militants.", null, "2014-03-01"), "country:ind", "country:pak");
        assertClaimBetween(facts("Britain protested the note of Moscow.", null, "1968-08-21"), "country:gbr", "place:soviet-union");
        // must not: the capital attacked is where it happened, not a party
        assertClaimBetween(facts("Russian forces attacked Kyiv.", null, "2014-03-01"), "country:rus");
    }

    /**
     * The abbreviations and Cold War names of U.S. diplomatic cables name states (country-aliases.yaml): "USG", "HMG",
     * "ROK", "ChiComs", "FRG", "UAR", "GRC", "GOJ", the Soviet Union's "Sovs".
     */
    @Test
    void shouldReadTheStatesOfDiplomaticCables() {
        var attacked = facts("ChiComs attacked Indian positions.", null, "1962-10-20");
        assertClaimBetween(attacked, "country:chn", "country:ind");
        var signed = facts("FRG and GDR signed the Basic Treaty.", null, "1972-12-21");
        assertClaimBetween(signed, "country:deu", "place:east-germany");
        var rejected = facts("HMG rejected the note of the Sovs.", null, "1965-11-12");
        assertThat(rejected.entities()).extracting(Facts.Entity::id).contains("country:gbr", "place:soviet-union");
        // must not: a company named after a state's old name is no state ("Formosa" is left out for it)
        var company = facts("Formosa Plastics said it would build a plant in Texas.", null, "2019-05-01");
        assertThat(company.entities()).extracting(Facts.Entity::id).doesNotContain("country:twn");
    }

    /**
     * An official of a state gone acts for it as one of a state today does: "The Soviet Representative Sobolev rejected
     * the American proposal" is the Soviet Union's rejection (the WORKS_FOR that says so stays out of the Facts, whose
     * relationships join a person to a country or a body, not to a place).
     */
    @Test
    void shouldLetAnOfficialOfAStateGoneActForIt() {
        assertClaimBetween(facts("The Soviet Representative Sobolev rejected the American proposal.", null, "1958-07-18"),
                "place:soviet-union", "country:usa");
        // must not: an official of no state named is himself
        assertClaimBetween(facts("Sobolev rejected the American proposal.", null, "1958-07-18"), "person:sobolev", "country:usa");
    }

    /**
     * A state's title in apposition after a name says whom he works for, as the title before it does: "Adlai Stevenson,
     * U.S. Representative to the United Nations, criticized the Indian military action" is the United States' criticism
     * of India's forces (the United Nations he is sent to is what it is about). A phrase with no title says nothing.
     */
    @Test
    void shouldReadAStatesTitleInAppositionAsWhomAPersonWorksFor() {
        var criticized = facts("Adlai Stevenson, U.S. Representative to the United Nations, criticized the Indian military action.",
                null, "1961-12-18");
        assertClaimBetween(criticized, "country:usa", "org:indian-armed-forces");
        assertThat(criticized.relationships()).anySatisfy(r -> assertThat(r.type() + " " + r.from() + " " + r.to())
                .isEqualTo("WORKS_FOR person:adlai-stevenson country:usa"));
        // must not: a citizen is no official
        var citizen = facts("John Smith, a U.S. citizen, rejected the American proposal.", null, "1961-12-18");
        assertThat(citizen.relationships()).noneSatisfy(r -> assertThat(r.type()).isEqualTo("WORKS_FOR"));
    }

    /**
     * "You" and "your" of a letter are whom its salutation names, and the state he speaks for: "Dear Mr. Kosygin, … I
     * urge you to use your influence with the Vietnamese" is an appeal to Kosygin and the Soviet Union. A salutation
     * that names no one ("Dear colleagues,") resolves no "you".
     */
    @Test
    void shouldReadTheYouOfALetterAsWhomItsSalutationNames() {
        var urged = facts("Message From President Johnson to Premier Kosygin\n\nDear Mr. Kosygin,\n\n"
                + "I urge you to use your influence with the Vietnamese.\n", "U.S. Department of State", "1967-06-10");
        assertClaimBetween(urged, "country:usa", "person:aleksey-kosygin", "place:soviet-union");
        // must not: "you" who sees or knows acts in nothing ("You will have seen that President Nasser repeated …")
        var seen = facts("Dear Mr. Kosygin,\n\nYou will have seen that President Nasser repeated his charge against the United States.\n",
                "U.S. Department of State", "1967-06-10");
        assertThat(seen.claims()).noneSatisfy(c -> assertThat(c.parties()).extracting(Facts.Party::id).contains("person:aleksey-kosygin"));
        // must not: no one named
        var colleagues = facts("Dear colleagues,\n\nWe urge you to use your influence with the Vietnamese.\n", "U.S. Department of State",
                "1967-06-10");
        assertThat(colleagues.claims()).noneSatisfy(c -> assertThat(c.parties()).anySatisfy(p -> assertThat(p.id()).startsWith("person:")));
    }

    /**
     * A source note between two sentences is no part of either: "(U.N. Document S/5030) Adlai Stevenson … criticized the
     * Indian military action" is Stevenson's criticism, not the United Nations'. A bracketed sentence of its own is
     * read ("(The two sides met again in May.)").
     */
    @Test
    void shouldReadPastASourceNoteBetweenSentences() {
        var criticized = facts("The Council met on December 18. (U.N. Document S/5030) Adlai Stevenson, U.S. Representative to the "
                + "United Nations, criticized the Indian military action.", null, "1961-12-18");
        assertClaimBetween(criticized, "country:usa", "org:indian-armed-forces");
        assertThat(criticized.claims()).allSatisfy(c -> assertThat(c.parties()).extracting(Facts.Party::id).doesNotContain("org:un"));
        // must not: a sentence in brackets is a sentence
        var met = facts("The talks ended. (Russia and the United States met again in May.) Nothing changed.", null, "2019-05-01");
        assertClaimBetween(met, "country:rus", "country:usa");
    }

    /**
     * "The President" in a government's own paper, no president named before, is its state's head, as "the Secretary"
     * in a department's is: "Kissinger informed Dobrynin that the President would not accept the Soviet proposal" in a
     * State Department telegram is the United States' refusal. Not "the President of the Council", not in a text no
     * government publishes.
     */
    @Test
    void shouldReadThePresidentOfAGovernmentsOwnPaperAsItsState() {
        var state = "U.S. Department of State";
        assertClaimBetween(facts("The President rejected the Soviet proposal.", state, "1970-06-10"), "country:usa", "place:soviet-union");
        // must not: another body's president, or no government's paper
        assertThat(facts("The President of the Council rejected the Soviet proposal.", state, "1970-06-10").claims())
                .noneSatisfy(c -> assertThat(c.parties()).extracting(Facts.Party::id).contains("country:usa"));
        assertThat(facts("The President rejected the Soviet proposal.", null, "1970-06-10").claims())
                .noneSatisfy(c -> assertThat(c.parties()).extracting(Facts.Party::id).contains("country:usa"));
    }

    /**
     * The other side is whom the sentence names: where the cue table took the article's other main state for the target
     * of a sentence that names none, and the parse finds whom the actor acts on there, the parse's claim stands ("The
     * Soviet Union rejected the American note. … Adlai Stevenson … criticized the Indian military action": India's
     * forces, not the Soviet Union). A sentence whose act has no target in it keeps the other side (a cooperation).
     */
    @Test
    void shouldTakeTheTargetTheSentenceNamesOverTheArticlesOtherSide() {
        var text = "The Soviet Union rejected the American note. Adlai Stevenson, U.S. Representative to the United Nations, "
                + "criticized the Indian military action.";
        var criticized = facts(text, null, "1967-06-10");
        assertThat(criticized.claims()).filteredOn(c -> c.evidence().quote().startsWith("Adlai")).singleElement()
                .satisfies(c -> assertThat(c.parties()).extracting(Facts.Party::id).containsExactly("country:usa", "org:indian-armed-forces"));
        // must not: a deed read in a sentence of words about it keeps the words' sides (the seed's "When Russian troops
        // invaded Georgia …, it marked a post-Cold War nadir in Washington's relations with Moscow")
        assertThat(extracted.claims()).filteredOn(c -> c.evidence().quote().startsWith("When Russian troops invaded Georgia"))
                .anySatisfy(c -> assertThat(c.parties()).extracting(Facts.Party::id).containsExactlyInAnyOrder("country:usa", "country:rus"));
        // must not: no target in the sentence, the other side stays
        var paired = facts("China criticized the United States. China warned the United States. Corruption hurts everyone. "
                + "The United States stressed the importance of cooperation.", null, "2019-05-01");
        assertThat(paired.claims()).filteredOn(c -> c.evidence().quote().startsWith("The United States stressed")).singleElement()
                .satisfies(c -> assertThat(c.parties()).extracting(Facts.Party::id).containsExactlyInAnyOrder("country:usa", "country:chn"));
    }

    /**
     * "The General Assembly" alone is the UN's, as "the Security Council" is; right after the name of another it is that
     * one's organ: "the Virginia General Assembly", "the Russian Security Council".
     */
    @Test
    void shouldReadABareGeneralAssemblyAsTheUnsOnlyWhenNoOtherNameOwnsIt() {
        var condemned = facts("The General Assembly condemned the invasion.", null, "1961-12-18");
        assertThat(condemned.entities()).extracting(Facts.Entity::id).contains("org:un-general-assembly");
        // must not: another's assembly or council
        var passed = facts("The Virginia General Assembly passed the bill.", null, "2019-05-01");
        assertThat(passed.entities()).extracting(Facts.Entity::id).doesNotContain("org:un-general-assembly");
        var met = facts("The Russian Security Council met on Friday.", null, "2019-05-01");
        assertThat(met.entities()).extracting(Facts.Entity::id).doesNotContain("org:un-security-council");
    }

    /**
     * A state under an earlier name is the same state (country-aliases.yaml): Kampuchea is Cambodia, Zaire the
     * Democratic Republic of the Congo, Ceylon Sri Lanka. Names a place shares are left out: the Gold Coast.
     */
    @Test
    void shouldReadAStateByItsEarlierName() {
        assertClaimBetween(facts("Vietnam invaded Kampuchea.", null, "1979-01-07"), "country:vnm", "country:khm");
        assertClaimBetween(facts("Zaire and Angola signed a border agreement.", null, "1978-08-20"), "country:cod", "country:ago");
        assertClaimBetween(facts("Ceylon rejected the Indian proposal.", null, "1964-10-30"), "country:lka", "country:ind");
        // must not: a city in Australia
        var games = facts("The Gold Coast hosted the Commonwealth Games.", null, "2018-04-04");
        assertThat(games.entities()).extracting(Facts.Entity::id).doesNotContain("country:gha");
    }

    @Test
    void shouldGiveValidFactsForAPressReleaseWhereTwoLayersMadeTheSameClaim() throws Exception {
        var file = Path.of("src/test/resources/re3d/centcom-11.txt");
        var extraction = extractor.extract(file.toString(), Files.readAllBytes(file), Extractor.Options.none());
        var valid = new FactsReader().validate(file.toString(), extraction.facts(), extraction.article().body());
        assertThat(valid.claims()).isNotEmpty().extracting(Facts.Claim::id).doesNotHaveDuplicates();
    }

    @Test
    void shouldGiveMentionsAsOffsetsIntoTheInputFile() throws Exception {
        var input = Files.readString(SEED);
        for (var entity : extracted.entities()) {
            for (var m : entity.mentions()) {
                assertThat(input.substring(m.start(), m.end())).as(entity.id()).isEqualTo(m.text());
            }
        }
        var volk = entity("person:yevgeny-volk");
        assertThat(volk.mentions()).extracting(Facts.Mention::text).contains("Yevgeny Volk", "Volk");
    }

    @Test
    void shouldResolveMetonymsAndTheCountryGeorgia() {
        assertThat(entity("country:rus").aliases()).contains("Moscow");
        assertThat(entity("country:usa").aliases()).contains("Washington");
        assertThat(entity("country:geo").aliases()).contains("Tbilisi");
        assertThat(extracted.entities()).noneMatch(e -> e.id().startsWith("place:georgia") || e.id().equals("place:moscow"));
    }

    @Test
    void shouldReadGeorgiaAsTheUsStateInAnArticleAboutAtlanta() {
        var text = "Georgia Governor Brian Kemp said on Monday that Atlanta will host the summit. The Georgia legislature agreed.";

        var facts = extractor.extract("atlanta-2019-05-06.txt", text.getBytes(StandardCharsets.UTF_8), Extractor.Options.none()).facts();

        assertThat(facts.entities()).extracting(Facts.Entity::id).contains("place:georgia-us-state").doesNotContain("country:geo");
        assertThat(facts.relationships()).anyMatch(r -> r.type().equals("PART_OF") && r.from().equals("place:georgia-us-state")
                && r.to().equals("country:usa"));
    }

    @Test
    void shouldTellTheTreatyStartFromTheVerbStart() {
        // "to start talks immediately" is no mention of START
        assertThat(entity("treaty:start-i").mentions()).allMatch(m -> m.text().equals("START") || m.text().contains("Treaty"));
    }

    @Test
    void shouldMarkANegatedAgreementAsDenied() {
        assertThat(extracted.claims()).anyMatch(c -> c.kind().equals("AGREEMENT") && c.modality().equals("DENIED")
                && c.evidence().sentence().contains("have not settled on a new cap"));
    }

    @Test
    void shouldReadFailingToAgreeAsADeniedAgreementAndKievAsUkraine() {
        var text = "Russia and Ukraine failed to agree on gas prices on Tuesday, and Kiev blamed Moscow for the cutoff.";
        var facts = extractor.extract("gas-2009-01-13.txt", text.getBytes(StandardCharsets.UTF_8), Extractor.Options.none()).facts();
        assertThat(facts.entities()).extracting(Facts.Entity::id).contains("country:ukr").doesNotContain("place:kiev");
        assertThat(facts.claims()).filteredOn(c -> c.kind().equals("AGREEMENT")).isNotEmpty()
                .allMatch(c -> c.modality().equals("DENIED"));
    }

    /** A held-out news article read "What did the leaders' joint statement say?" as an agreement. */
    @Test
    void shouldTakeNoStanceFromAQuestionButFromTheSameWordsAsserted() {
        var asked = "Did Russia and China agree on a joint statement on energy in Beijing on Tuesday?";
        var quoted = "Reporters asked: \"Will Russia and China agree on a joint statement on energy?\"";
        var told = "Russia and China agreed on a joint statement on energy in Beijing on Tuesday.";
        for (var question : List.of(asked, quoted)) {
            var facts = extractor.extract("asked.txt", question.getBytes(StandardCharsets.UTF_8), Extractor.Options.none()).facts();
            assertThat(facts.claims()).as(question).isEmpty();
        }
        var facts = extractor.extract("told.txt", told.getBytes(StandardCharsets.UTF_8), Extractor.Options.none()).facts();
        assertThat(facts.claims()).anyMatch(c -> c.kind().equals("AGREEMENT"));
    }

    /**
     * The dev statements file praise ("We welcome the agreement between ECOWAS and Mali", CAMEO 051) as the speaker's
     * STATEMENT toward the praised: approval by one side, not two sides agreeing; signing an agreement still is one.
     */
    @Test
    void shouldMakePraiseAStatementAndASignedAgreementAnAgreement() {
        var praise = "The United States welcomed Japan's decision to lift the tariffs.";
        var facts = extractor.extract("praise.txt", praise.getBytes(StandardCharsets.UTF_8), Extractor.Options.none()).facts();
        assertThat(facts.claims()).isNotEmpty().allMatch(c -> c.kind().equals("STATEMENT"));
        var signed = "Japan and Canada signed a trade agreement in Tokyo.";
        var both = extractor.extract("signed.txt", signed.getBytes(StandardCharsets.UTF_8), Extractor.Options.none()).facts();
        assertThat(both.claims()).anyMatch(c -> c.kind().equals("AGREEMENT"));
    }

    /**
     * Aid read twice from one sentence (invented, in the style of USAID's releases): the verb's, about the place whose
     * refugees it helps, and the noun's, to that place. One claim, the one with its target; the one-party stance
     * stays where nothing else names its target (a condemnation beside an appeal to another).
     */
    @Test
    void shouldKeepOneClaimOfAnActReadWithAndWithoutItsTarget() {
        var aid = facts("USAID is providing emergency food assistance to refugees in Chad.", null, "2020-01-01");
        assertThat(aid.claims()).singleElement().satisfies(c -> {
            assertThat(c.kind()).isEqualTo("COOPERATION");
            assertThat(c.parties()).extracting(Facts.Party::id).containsExactly("org:usaid", "country:tcd");
        });
        // must not (DistinctClaimsTests): a one-party claim about something else, or of another kind or actor, stays
    }

    /** A dev readout: "Special Representative for Afghanistan Thomas West" is a U.S. official who deals with Afghanistan. */
    @Test
    void shouldNotMakeAPartyOfTheStateAnOfficeIsFor() {
        var text = "Special Representative for Afghanistan Thomas West met Pakistani officials in Islamabad.";
        var facts = extractor.extract("for.txt", text.getBytes(StandardCharsets.UTF_8), Extractor.Options.none()).facts();
        assertThat(facts.claims()).allMatch(c -> c.parties().stream().noneMatch(p -> p.id().equals("country:afg")));
        var of = "Afghanistan's Foreign Minister met Pakistani officials in Islamabad.";
        var ofFacts = extractor.extract("of.txt", of.getBytes(StandardCharsets.UTF_8), Extractor.Options.none()).facts();
        assertThat(ofFacts.claims()).anyMatch(c -> c.parties().stream().anyMatch(p -> p.id().equals("country:afg")));
    }

    /**
     * The Guinea-Bissau dev text (USUN): "Special Representative of the Secretary-General Joseph Mutaboba" was made an
     * American official, as every titled official a government's statement names is, and "SRSG Mutaboba" a person of
     * that name. A post of an international body places its holder in no state; the title is no part of the name.
     */
    @Test
    void shouldNotMakeTheHolderOfAnInternationalPostAnOfficialOfThePublisher() {
        var options = new Extractor.Options("un", null, "United States Mission to the United Nations", null, "2012-04-19");
        var text = "Special Representative of the Secretary-General Joseph Mutaboba warned the Council. SRSG Mutaboba spoke.";
        var facts = extractor.extract("un.txt", text.getBytes(StandardCharsets.UTF_8), options).facts();
        assertThat(facts.relationships()).noneMatch(r -> r.from().startsWith("person:") && r.to().equals("country:usa"));
        assertThat(facts.entities()).extracting(Facts.Entity::name).doesNotContain("SRSG Mutaboba");
        // must not: an envoy of the publisher's own government is still its official
        var envoy = "Special Representative for Afghanistan Thomas West met the Taliban.";
        var envoyFacts = facts(envoy, "U.S. Department of State", "2022-07-01");
        assertThat(envoyFacts.relationships()).anyMatch(r -> r.from().equals("person:thomas-west") && r.to().equals("country:usa"));
    }

    /** A dev readout of U.S.-China talks: "affirmed the importance of cooperation" names one side; the other is China. */
    @Test
    void shouldTakeTheArticlesOtherMainStateAsTheOtherSideOfACooperation() {
        var text = "The United States and China held talks in Tianjin. China and the United States discussed trade. "
                + "Japan welcomed the talks. The United States affirmed the importance of cooperation on climate change. "
                + "The United States condemns the killings of civilians.";
        var facts = extractor.extract("pair.txt", text.getBytes(StandardCharsets.UTF_8), Extractor.Options.none()).facts();
        assertThat(facts.claims()).anyMatch(c -> c.evidence().quote().contains("cooperation on climate")
                && c.parties().stream().map(Facts.Party::id).toList().containsAll(List.of("country:usa", "country:chn")));
        // a condemnation names whom it condemns; none named, it is the speaker's own statement
        assertThat(facts.claims()).filteredOn(c -> c.evidence().quote().contains("killings"))
                .allMatch(c -> c.parties().stream().map(Facts.Party::id).toList().equals(List.of("country:usa")));
    }

    /** A dev readout: the cue table read "cooperate with the World Health Organization" as cooperation; the parse reads the refusal. */
    @Test
    void shouldLetTheParseOverruleACueOfTheOppositeSense() {
        var refused = "The envoy reiterated concerns about China's unwillingness to cooperate with the World Health Organization.";
        var facts = extractor.extract("refused.txt", refused.getBytes(StandardCharsets.UTF_8), Extractor.Options.none()).facts();
        assertThat(facts.claims()).noneMatch(c -> org.entente.extract.rules.ClaimRules.polarity(c.kind()) > 0);
        assertThat(facts.claims()).anyMatch(c -> c.kind().equals("DISAGREEMENT")
                && c.parties().stream().map(Facts.Party::id).toList().containsAll(List.of("country:chn", "org:who")));
        var agreed = "China agreed to cooperate with the World Health Organization.";
        var both = extractor.extract("agreed.txt", agreed.getBytes(StandardCharsets.UTF_8), Extractor.Options.none()).facts();
        assertThat(both.claims()).anyMatch(c -> org.entente.extract.rules.ClaimRules.polarity(c.kind()) > 0);
    }

    /**
     * The ECOWAS summit dev text: "We remain concerned by reports of … violations committed by the Malian Armed Forces"
     * was a one-party comment; a concern about what someone did (the agent of a participle) is disapproval of them. And
     * a disapproval of a deed is no deed: "troubled by the attacks carried out by the Houthis" was a CONFLICT of the
     * United States and the Houthis in the cue table.
     */
    @Test
    void shouldReadAConcernAboutADeedAsDisapprovalOfWhoeverDidIt() {
        var text = "The United States is troubled by the attacks carried out by the Houthis. "
                + "We remain concerned by reports of abuses committed by the Malian Armed Forces.";
        var facts = facts(text, "U.S. Department of State", "2022-07-06");
        assertThat(facts.claims()).filteredOn(c -> c.evidence().quote().contains("Houthis")).singleElement().satisfies(c -> {
            assertThat(c.kind()).isEqualTo("DISAGREEMENT");
            assertThat(c.parties()).extracting(Facts.Party::id, Facts.Party::role)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("country:usa", "actor"), org.assertj.core.groups.Tuple.tuple("org:houthis", "target"));
        });
        assertThat(facts.claims()).filteredOn(c -> c.evidence().quote().contains("Malian")).anySatisfy(c -> {
            assertThat(c.kind()).isEqualTo("DISAGREEMENT");
            assertThat(c.parties()).extracting(Facts.Party::id).contains("country:usa", "org:malian-armed-forces");
        });
        // must not: a concern about what happened somewhere names no one who did it
        var floods = facts("We are concerned about the floods in Henan.", "U.S. Department of State", "2021-07-26");
        assertThat(floods.claims()).noneMatch(c -> c.kind().equals("DISAGREEMENT") || c.kind().equals("CONFLICT"));
    }

    /**
     * Invented, in the style of the statements on Burma: "troubled by reports that Burmese military forces killed
     * civilians" was a CONFLICT of the United States and the forces in the cue table, since the parse's own conflict
     * there (the forces' killing) kept the disapproval from replacing it. Only a conflict between the same two does.
     */
    @Test
    void shouldNotMakeWhoeverDisapprovesOfAKillingAPartyToIt() {
        var facts = facts("The United States is deeply troubled by reports that Burmese military forces killed civilians.",
                "U.S. Department of State", "2021-03-28");
        assertThat(facts.claims()).noneMatch(c -> c.kind().equals("CONFLICT") && c.parties().stream().anyMatch(p -> p.id().equals("country:usa")));
        assertThat(facts.claims()).anySatisfy(c -> {
            assertThat(c.kind()).isEqualTo("DISAGREEMENT");
            assertThat(c.parties()).extracting(Facts.Party::id).containsExactly("country:usa", "org:burmese-armed-forces");
        });
        assertThat(facts.claims()).anySatisfy(c -> {
            assertThat(c.kind()).isEqualTo("CONFLICT");
            assertThat(c.parties()).extracting(Facts.Party::id).contains("org:burmese-armed-forces");
        });
    }

    /**
     * Partners are no enemies (invented, in the style of the statements on counterterrorism): "The United States will
     * work with Kenya to fight terrorism" was a CONFLICT of the two in the cue table ("fight" and two names); the parse
     * reads one cooperating with the other.
     */
    @Test
    void shouldNotReadPartnersInAFightAsEnemies() {
        var facts = facts("The United States will work with Kenya to fight terrorism.", "U.S. Department of State", "2022-07-06");
        assertThat(facts.claims()).singleElement().satisfies(c -> {
            assertThat(c.kind()).isEqualTo("COOPERATION");
            assertThat(c.parties()).extracting(Facts.Party::id).containsExactly("country:usa", "country:ken");
        });
        // must not: a fight the parse does not read as cooperation stays a fight
        var fought = facts("Turkey fought with the Kurds near the border with Syria.", "U.S. Department of State", "2022-07-06");
        assertThat(fought.claims()).noneMatch(c -> c.kind().equals("COOPERATION"));
    }

    /**
     * Words named again without their speaker are those of the speaker named before, and denying someone's words is
     * disagreeing with them (the Libya dev text: "let me respond to the accusations of the Russian delegate … The United
     * States rejects accusations that …" was the United States' statement alone).
     */
    @Test
    void shouldAimARejectionOfWordsNamedAgainAtTheirSpeaker() {
        var text = "Let me respond to the accusations of the Russian delegate this morning. The United States rejects accusations "
                + "that somehow access to Libyan oil reserves is the cause of the political impasse in Libya today.";
        var facts = extractor.extract("spoken.txt", text.getBytes(StandardCharsets.UTF_8), Extractor.Options.none()).facts();
        assertThat(facts.claims()).filteredOn(c -> c.evidence().quote().startsWith("The United States rejects")).singleElement()
                .satisfies(c -> {
                    assertThat(c.kind()).isEqualTo("DISAGREEMENT");
                    assertThat(c.parties()).extracting(Facts.Party::id).containsExactly("country:usa", "country:rus");
                });
        // must not: a new accusation ("an accusation") is no one's named before; a denial of responsibility is aimed at no one
        // (the events: the cue table takes the sentence before's actor as the other side of its own claim)
        var other = "Let me respond to the accusations of China. Russia rejects an accusation that it spied. Russia denied responsibility for the attack.";
        var otherEvents = extractor.extract("other.txt", other.getBytes(StandardCharsets.UTF_8), Extractor.Options.none()).events();
        assertThat(otherEvents).filteredOn(e -> e.actors().contains("country:rus")).isNotEmpty()
                .allSatisfy(e -> assertThat(e.targets()).isEmpty());
        var denied = extractor.extract("denied.txt", "Russia denied responsibility for the attack.".getBytes(StandardCharsets.UTF_8),
                Extractor.Options.none()).facts();
        assertThat(denied.claims()).singleElement().satisfies(c -> assertThat(c.kind()).isEqualTo("STATEMENT"));
    }

    /**
     * A welcome or an appeal that names no one it is addressed to is addressed to those the same speaker addressed in
     * the sentence before, in the same paragraph (the Sudan dev text: "We welcome the outreach and progress made to
     * date" after the support for the efforts of UNITAMS, the AU and IGAD was the United States' statement alone).
     */
    @Test
    void shouldAddressAWelcomeToThoseTheSentenceBeforeAddressed() {
        var text = "The United States reiterates its strong support for the efforts of the African Union and ECOWAS to restore "
                + "democracy in Mali. We welcome the outreach and progress made to date.";
        var facts = facts(text, "U.S. Department of State", "2022-05-09");
        assertThat(facts.claims()).filteredOn(c -> c.evidence().quote().startsWith("We welcome")).singleElement().satisfies(c ->
                assertThat(c.parties()).extracting(Facts.Party::id, Facts.Party::role).containsExactly(
                        org.assertj.core.groups.Tuple.tuple("country:usa", "actor"),
                        org.assertj.core.groups.Tuple.tuple("org:african-union", "target"),
                        org.assertj.core.groups.Tuple.tuple("org:ecowas", "target")));
        // must not: a new paragraph, or a welcome that names what it welcomes of someone else, is not addressed to them
        var support = "The United States reiterates its strong support for the efforts of the African Union and ECOWAS to restore "
                + "democracy in Mali.";
        for (var next : List.of("\n\nWe welcome the outreach and progress made to date.", " We welcome Ghana’s engagement.")) {
            var apartFacts = facts(support + next, "U.S. Department of State", "2022-05-09");
            assertThat(apartFacts.claims()).filteredOn(c -> c.evidence().quote().startsWith("We welcome"))
                    .allSatisfy(c -> assertThat(c.parties()).extracting(Facts.Party::id).doesNotContain("org:african-union", "org:ecowas"));
        }
    }

    /**
     * A name's acronym in brackets is no preposition: in "the combined efforts of the United Nations Integrated
     * Transition Assistance Mission in Sudan (UNITAMS), the African Union (AU), and …" (the Sudan dev text) the African
     * Union was an actor agreeing with the United States, because the walk back from it met the bracket before "of".
     */
    @Test
    void shouldReadPastABracketedAcronymToThePrepositionThatGovernsAName() {
        var text = "The United States reiterates its strong support for the combined efforts of the United Nations Integrated "
                + "Transition Assistance Mission in Sudan (UNITAMS), the African Union (AU), and the Intergovernmental Authority "
                + "on Development (IGAD) to facilitate a political process in Sudan.";
        var facts = extractor.extract("brackets.txt", text.getBytes(StandardCharsets.UTF_8), Extractor.Options.none()).facts();
        assertThat(facts.claims()).singleElement().satisfies(c -> {
            assertThat(c.kind()).isEqualTo("STATEMENT");
            assertThat(c.parties()).extracting(Facts.Party::id).containsExactly("country:usa", "org:unitams", "org:african-union", "org:igad");
        });
        // must not: a bracketed name that acts, after no preposition, stays an actor
        var acts = "The Economic Community of West African States (ECOWAS) and France agreed to cooperate.";
        var actsFacts = extractor.extract("acts.txt", acts.getBytes(StandardCharsets.UTF_8), Extractor.Options.none()).facts();
        assertThat(actsFacts.claims()).anySatisfy(c ->
                assertThat(c.parties()).extracting(Facts.Party::id).contains("org:ecowas", "country:fra"));
    }

    /**
     * The cue table puts every state a sentence names on one claim: "France condemned Russia's aggression against
     * Ukraine" was a disagreement of France, Russia and Ukraine. Where the parse finds who acts on whom and the rest is
     * what the act is about, its claim replaces the cue table's; where the parse's parties are not among the cue
     * table's, nothing is replaced.
     */
    @Test
    void shouldLetTheParseNarrowACueClaimToWhoActsOnWhom() {
        var text = "France condemned Russia’s aggression against Ukraine.";
        var facts = extractor.extract("narrow.txt", text.getBytes(StandardCharsets.UTF_8), Extractor.Options.none()).facts();
        assertThat(facts.claims()).filteredOn(c -> c.kind().equals("DISAGREEMENT")).singleElement().satisfies(c -> {
            assertThat(c.parties()).extracting(Facts.Party::id).containsExactly("country:fra", "country:rus");
            assertThat(c.about()).contains("country:ukr");
        });
        // must not: a cue claim the parse does not narrow keeps its parties ("The United States and France condemned
        // Russia's attack on Ukraine": the parse's target is not among them)
        var both = "The United States and France condemned Russia’s attack on Ukraine.";
        var bothFacts = extractor.extract("both.txt", both.getBytes(StandardCharsets.UTF_8), Extractor.Options.none()).facts();
        assertThat(bothFacts.claims()).filteredOn(c -> c.kind().equals("DISAGREEMENT")).anySatisfy(c ->
                assertThat(c.parties()).extracting(Facts.Party::id).contains("country:usa", "country:fra", "country:rus"));
    }

    /** The dev gold (and the seed's) files a lone actor's condemnation as its STATEMENT: disagreeing takes a counterpart. */
    @Test
    void shouldMakeALoneActorsCondemnationAStatementThatKeepsItsCode() {
        var lone = "Australia condemned the bombing of the hospital on Tuesday.";
        var facts = extractor.extract("lone.txt", lone.getBytes(StandardCharsets.UTF_8), Extractor.Options.none()).facts();
        assertThat(facts.claims()).isNotEmpty().allSatisfy(c -> {
            assertThat(c.kind()).isEqualTo("STATEMENT");
            assertThat(c.cameo()).startsWith("11");
        });
        var pair = "Australia condemned Russia for the bombing of the hospital on Tuesday.";
        var two = extractor.extract("pair.txt", pair.getBytes(StandardCharsets.UTF_8), Extractor.Options.none()).facts();
        assertThat(two.claims()).anyMatch(c -> c.kind().equals("DISAGREEMENT"));
    }

    /** A dev text listed "regional concerns including DPRK, Iran, Afghanistan, and Burma" as the parties of a cooperation. */
    @Test
    void shouldNotMakePartiesOfTheExamplesOfAList() {
        var listed = "Russia and France agreed to cooperate on regional concerns including Iran and Afghanistan.";
        var facts = extractor.extract("listed.txt", listed.getBytes(StandardCharsets.UTF_8), Extractor.Options.none()).facts();
        assertThat(facts.claims()).isNotEmpty().allSatisfy(c -> assertThat(c.parties()).extracting(Facts.Party::id)
                .doesNotContain("country:irn", "country:afg"));
        // "as well as" joins actors
        var joined = "Russia as well as France agreed to cooperate on energy.";
        var both = extractor.extract("joined.txt", joined.getBytes(StandardCharsets.UTF_8), Extractor.Options.none()).facts();
        assertThat(both.claims()).anyMatch(c -> c.parties().stream().map(Facts.Party::id).toList().containsAll(List.of("country:rus", "country:fra")));
    }

    /**
     * A one-party cooperation takes the article's other main state, but only where one stands out: the Section 353 list
     * (dev) names Guatemala, Honduras and El Salvador together throughout, and "We will continue partnering with
     * government officials" was a cooperation with El Salvador alone, the one that happened to rank second.
     */
    @Test
    void shouldTakeTheArticlesOtherMainStateOnlyWhereOneStandsOut() {
        var tied = "Guatemala, Honduras, and El Salvador held elections. Guatemala, Honduras, and El Salvador repudiated corruption. "
                + "Corruption hurts everyone. The United States stressed the importance of cooperation.";
        var three = extractor.extract("tied.txt", tied.getBytes(StandardCharsets.UTF_8), Extractor.Options.none()).facts();
        assertThat(three.claims()).filteredOn(c -> c.evidence().quote().startsWith("The United States stressed"))
                .allSatisfy(c -> assertThat(c.parties()).extracting(Facts.Party::id).containsExactly("country:usa"));
        // must not: where one state stands out beside the speaker, the cooperation is with it
        var paired = "China criticized the United States. China warned the United States. Corruption hurts everyone. "
                + "The United States stressed the importance of cooperation.";
        var two = extractor.extract("paired.txt", paired.getBytes(StandardCharsets.UTF_8), Extractor.Options.none()).facts();
        assertThat(two.claims()).filteredOn(c -> c.evidence().quote().startsWith("The United States stressed")).singleElement()
                .satisfies(c -> assertThat(c.parties()).extracting(Facts.Party::id).containsExactlyInAnyOrder("country:usa", "country:chn"));
    }

    @Test
    void shouldReadAFamilyNameThatComesFirstAsThePersonNamedInFull() {
        var text = "Chinese President Hu Jintao met U.S. President Barack Obama in Beijing on Tuesday. Hu said China wants "
                + "stable relations with the United States.";
        var facts = extractor.extract("summit-2009-11-17.txt", text.getBytes(StandardCharsets.UTF_8), Extractor.Options.none()).facts();
        assertThat(facts.entities()).extracting(Facts.Entity::id).contains("person:hu-jintao").doesNotContain("person:hu");
    }

    /**
     * The Western Sahara statement (dev): "Ambassador Ross" is no minister of Trinidad and Tobago's, the one Ross the
     * dictionary has in office that day, in an article that never names that state; "Lavrov" in one that names Russia is
     * Russia's Foreign Minister.
     */
    @Test
    void shouldReadASurnameAloneAsAnOfficialOnlyOfAStateTheArticleNames() {
        var envoy = "The United States welcomes the appointment of Ambassador Ross as Personal Envoy for Western Sahara.";
        var facts = extractor.extract("t.txt", envoy.getBytes(StandardCharsets.UTF_8), new Extractor.Options("t", null, null, null, "2009-04-30")).facts();
        assertThat(facts.entities()).extracting(Facts.Entity::id).contains("person:ross").doesNotContain("country:tto");
        var lavrov = "Lavrov said Russia would respond.";
        assertThat(extractor.extract("t.txt", lavrov.getBytes(StandardCharsets.UTF_8), new Extractor.Options("t", null, null, null, "2009-04-30"))
                .facts().entities()).extracting(Facts.Entity::id).contains("person:sergey-lavrov");
    }

    /** The Blinken meeting with three Central American ministers (dev): "Foreign Minister Solano" is Rodolfo Solano Quirós. */
    @Test
    void shouldReadOneWordOfASurnameOfTwoAsThePersonNamedInFull() {
        var text = "Costa Rican Foreign Minister Rodolfo Solano Quirós met Secretary Blinken. Solano thanked the United States. "
                + "Mexican President Andrés Manuel López Obrador spoke with President Biden. López Obrador said Mexico would help.";
        var facts = extractor.extract("t.txt", text.getBytes(StandardCharsets.UTF_8), Extractor.Options.none()).facts();
        assertThat(facts.entities()).extracting(Facts.Entity::id).contains("person:rodolfo-solano-quiros", "person:andres-manuel-lopez-obrador")
                .doesNotContain("person:solano", "person:lopez-obrador");
        // must not: a word two full names share is neither's
        var shared = "Maria Elena Lopez and Juan Elena Perez met Biden. Elena spoke first.";
        assertThat(extractor.extract("t.txt", shared.getBytes(StandardCharsets.UTF_8), Extractor.Options.none()).facts().entities())
                .extracting(Facts.Entity::id).contains("person:elena");
    }

    @Test
    void shouldFindTheDisagreementOverGeorgiaBetweenTheTwoStates() {
        assertThat(extracted.claims()).anyMatch(c -> c.kind().equals("DISAGREEMENT") && c.about().contains("country:geo")
                && c.parties().stream().map(Facts.Party::id).toList().containsAll(java.util.List.of("country:usa", "country:rus")));
    }

    @Test
    void shouldExtractTheSameFactsFromTheArticleAsAWebPage() throws Exception {
        var paragraphs = Files.readAllLines(SEED).stream().filter(l -> !l.isBlank()).toList();
        var html = new StringBuilder("<!doctype html><html><head><title>RFE/RL</title><script>var tracking = 'Obama Medvedev';</script>"
                + "<meta property=\"article:published_time\" content=\"2009-04-01T18:00:00Z\"></head><body>"
                + "<header><nav><a href=\"/\">Home</a> <a href=\"/russia\">Russia</a></nav></header><article>");
        for (var p : paragraphs) {
            var escaped = p.replace("&", "&amp;").replace("\"", "&quot;");
            html.append(p.startsWith("Medvedev, Obama Accent") ? "<h1>" + escaped + "</h1>" : "<p>" + escaped + "</p>\n");
        }
        html.append("<div class=\"share-tools\"><button>Share</button></div></article><footer>&copy; RFE/RL</footer></body></html>");
        var bytes = html.toString().getBytes(StandardCharsets.UTF_8);

        var fromHtml = extractor.extract("medvedev-obama.html", bytes, Extractor.Options.none()).facts();

        var scores = CuratedComparison.compare(fromHtml, curated);
        var fromText = CuratedComparison.compare(extracted, curated);
        assertThat(scores.get("entities: all").f1()).isEqualTo(fromText.get("entities: all").f1());
        assertThat(scores.get("claims").f1()).isGreaterThanOrEqualTo(fromText.get("claims").f1() - 0.05);
        assertThat(fromHtml.source().published()).isEqualTo("2009-04-01");
        for (var entity : fromHtml.entities()) {
            for (var m : entity.mentions()) {
                assertThat(html.substring(m.start(), m.end())).as(entity.id()).isEqualTo(m.text());
            }
        }
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {
            "Russia and NATO traded accusations on Friday over military exercises in the Baltic states. Russian Foreign Minister "
                    + "Sergey Lavrov said the alliance was provoking tension. NATO Secretary-General Jens Stoltenberg rejected the charge.",
            "The United States strongly condemns the attacks in Jabla and Tartus. Da'esh claimed responsibility. Secretary Kerry "
                    + "spoke with Foreign Minister Lavrov, and he urged Russia to press the regime to end its offensive.",
            "Coalition forces conducted 34 strikes against ISIL terrorists near Mosul. Iraqi security forces retook the town, "
                    + "officials said. They thanked their partners.",
            "Foreign Minister Сергей Лавров met John Kerry in Geneva, and the United States and Russia agreed to talks. "
                    + "AT&T & Gazprom were not part of the deal.",
            // PETRARCH's validation suite, in bench/spark's corpus: a leader of a place no gazetteer knows (LEADS joins a
            // person to a country or an organization only), and one meeting in two sentences (one MET, not two)
            "Gondor's Prime Minister Falastur noted that Cirith Ungol regretted Eriador's refusal to talk to Calenardhon leader Calimehtar.",
            "Gondor and Osgiliath have postponed their meeting after a hafling was reported on the pass of Cirith Ungol.\n\n"
                    + "Gondor and Osgiliath have delayed their meeting after a hafling was reported on the pass of Cirith Ungol."})
    void shouldAlwaysGiveFactsThatPassTheValidator(String article) {
        var extraction = extractor.extract("wire-2016-05-01.txt", article.getBytes(StandardCharsets.UTF_8), Extractor.Options.none());
        var json = org.entente.facts.FactsDocument.json(extraction.facts()).getBytes(StandardCharsets.UTF_8);

        var reread = new FactsReader().read("extracted.json", json, true, null, article);

        assertThat(reread.claims()).hasSameSizeAs(extraction.facts().claims());
        assertThat(reread.entities()).hasSameSizeAs(extraction.facts().entities());
    }

    @Test
    void shouldRefuseEmptyBinaryAndNonUtf8Files() {
        assertThatThrownBy(() -> extractor.extract("empty.txt", new byte[0], Extractor.Options.none()))
                .isInstanceOf(ArticleException.class).hasMessageContaining("empty");
        assertThatThrownBy(() -> extractor.extract("x.txt", new byte[] {'a', 0, 'b'}, Extractor.Options.none()))
                .isInstanceOf(ArticleException.class).hasMessageContaining("binary");
        assertThatThrownBy(() -> extractor.extract("x.txt", "Caf\u00e9".getBytes(StandardCharsets.ISO_8859_1), Extractor.Options.none()))
                .isInstanceOf(ArticleException.class).hasMessageContaining("not UTF-8");
        assertThatThrownBy(() -> extractor.extract("x.txt", new byte[Extractor.MAX_BYTES + 1], Extractor.Options.none()))
                .isInstanceOf(ArticleException.class).hasMessageContaining("at most");
    }

    @Test
    void shouldGiveNoFactsForAPageOfScripts() {
        var html = "<html><body><script>" + "var obama = 'Russia agreed';".repeat(1000) + "</script><style>p{}</style></body></html>";

        var facts = extractor.extract("scripts.html", html.getBytes(StandardCharsets.UTF_8), Extractor.Options.none()).facts();

        assertThat(facts.entities()).isEmpty();
        assertThat(facts.claims()).isEmpty();
    }

    @Test
    void shouldMarkReferringExpressionsWithTitlesPronounsAndActorPhrases() throws Exception {
        var input = Files.readString(SEED);
        var references = extraction.referenceSpans().stream()
                .map(s -> s.category() + " " + input.substring(s.start(), s.end()) + " " + s.entity()).toList();

        assertThat(references).contains("PERSON U.S. President Barack Obama person:barack-obama",
                "PERSON White House spokesman Robert Gibbs person:robert-gibbs", "PERSON he person:barack-obama",
                "PERSON A senior U.S. official null", "ORGANIZATION Russian troops null", "ORGANIZATION they null");
        // "Russian" inside "Russian troops" is part of that expression, not one of its own
        var spans = extraction.referenceSpans();
        assertThat(spans).noneMatch(a -> spans.stream().anyMatch(b -> b != a && b.start() <= a.start() && a.end() <= b.end()
                && !a.category().matches("TREATY|EVENT") && !b.category().matches("TREATY|EVENT")));
    }

    @Test
    void shouldMakeNoEntitiesOfActorPhrasesOrPronouns() {
        assertThat(extracted.entities()).extracting(Facts.Entity::name).doesNotContain("Russian troops", "he", "they", "we");
        // "he" is a mention of the person it stands for, for the claims; never an entity of its own
        assertThat(extraction.mentions()).filteredOn(m -> m.text().equalsIgnoreCase("he"))
                .allMatch(m -> m.entity() != null && m.entity().startsWith("person:"));
    }

    @Test
    void shouldDateABareWeekdayOrMonthByTheTenseBesideItWhateverWasReadBefore() {
        var fired = "North Korea fired two artillery shells at South Korea on Thursday.";
        var willSign = "Russia will sign the treaty with China on Thursday. Russia will sign the treaty with Japan in July.";
        var signed = "Russia signed the treaty with China in July.";
        // SUTime's direction for "Thursday" and "July" is shared state that the sentence read last sets (CoreNLP 1061):
        // read the future first, then the past, then the future again; each must be dated the same way every time
        var future = dates("future-1995-01-03.txt", willSign);
        var past = dates("past-1995-01-03.txt", fired + " " + signed);
        var futureAgain = dates("future-1995-01-03.txt", willSign);

        assertThat(past).contains("1994-12-29", "1994-07");    // Tuesday 3 January 1995: the last Thursday, the last July
        assertThat(future).contains("1995-01-05", "1995-07").isEqualTo(futureAgain);
        // a weekday with its date is SUTime's to read, whatever the tense
        assertThat(dates("dated-1995-01-03.txt", "Russia signed the treaty with China on Thursday, January 12, 1995."))
                .containsExactly("1995-01-12");
    }

    /**
     * The back-off (rules/Exemplars): a sentence with no cue word, no speaker and no event the dictionary codes, near
     * curated sentences of cooperation, is a claim of the kind they give, with the back-off's lower confidence; with the
     * back-off off, it is none. Not sentences of weather or freight, which no curated stance is near.
     */
    @Test
    void shouldLetTheNearestCuratedSentencesCodeASentenceNothingElseCodes() {
        var together = "Canada and Mexico will be in a much stronger position to protect their fisheries if they work as one.";

        assertThat(facts(together, null, "2024-03-01").claims()).singleElement().satisfies(c -> {
            assertThat(c.kind()).isEqualTo("COOPERATION");
            assertThat(c.parties()).extracting(Facts.Party::id).containsExactly("country:can", "country:mex");
            assertThat(c.confidence()).isEqualTo(0.5);
        });
        assertThat(facts("The weather in Geneva was mild on Tuesday. The shipment of grain from Odesa reached Egypt on Monday.",
                null, "2024-03-01").claims()).isEmpty();
        System.setProperty("entente.exemplars", "off");
        try {
            assertThat(facts(together, null, "2024-03-01").claims()).isEmpty();
        } finally {
            System.clearProperty("entente.exemplars");
        }
    }

    /**
     * The seed's "Russia has a significant amount of distrust for America. And the United States, for its part, also has
     * a basis for not completely trusting Russia." is one stance in two sentences: the back-off does not make the second
     * one again. It does where the sentence before took another stance (China's distrust, a statement of its own).
     */
    @Test
    void shouldNotLetTheBackOffRepeatTheStanceOfTheSentenceBefore() {
        var tensions = facts("Tensions between China and India run deep. And India, for its part, has every reason not to trust China.",
                null, "2024-03-01");
        var distrust = facts("China has a deep distrust of India. And India, for its part, has every reason not to trust China.",
                null, "2024-03-01");

        assertThat(tensions.claims()).singleElement().satisfies(c -> assertThat(c.kind()).isEqualTo("DISAGREEMENT"));
        assertThat(distrust.claims()).extracting(Facts.Claim::kind).containsExactly("STATEMENT", "DISAGREEMENT");
    }

    private static List<String> dates(String file, String text) {
        return extractor.extract(file, text.getBytes(StandardCharsets.UTF_8), Extractor.Options.none()).facts().claims()
                .stream().map(Facts.Claim::date).distinct().toList();
    }

    private static Facts.Entity entity(String id) {
        return extracted.entities().stream().filter(e -> e.id().equals(id)).findFirst().orElseThrow(() -> new AssertionError(id));
    }
}
