package org.entente.extract.mentions;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.stream.Collectors;

import org.entente.extract.Extractor;
import org.entente.extract.gazetteer.Slugs;
import org.entente.facts.Facts;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Names that hold together, and datelines that are places. Each rule with a sentence that needs it and one it must leave alone. */
class MentionFinderTests {

    private static Extractor extractor;

    @BeforeAll
    static void load() {
        extractor = new Extractor();
    }

    /** entity id → the texts of its mentions. */
    private static Map<String, String> entities(String text) {
        var facts = extractor.extract("t.txt", text.getBytes(StandardCharsets.UTF_8), new Extractor.Options("t", null, null, null, "2020-01-01")).facts();
        return facts.entities().stream().collect(Collectors.toMap(Facts.Entity::id,
                e -> e.mentions().stream().map(Facts.Mention::text).collect(Collectors.joining("|"))));
    }

    /**
     * The Costa Rica–Dominican Republic–Panama readout (the eighteenth held-out pair, moved to dev): "Foreign Minister
     * Solano of Costa Rica" met a person called Costa Rica (the Phoenix actor file heads each country's block with its
     * name and bare code, which read as an elite member), and "Dominican Foreign Minister Roberto Álvarez" was of
     * Dominica. A country's name is no person; a demonym of two states is the one the article names.
     */
    @Test
    void shouldReadCountryNamesAsCountriesAndADemonymAsTheStateTheArticleNames() {
        assertThat(org.entente.extract.gazetteer.Gazetteer.shared().lookup("costa rica"))
                .noneMatch(h -> h.entry().kind().equals("Person"));
        var found = entities("Secretary Blinken met Foreign Minister Solano of Costa Rica, Foreign Minister Álvarez of the Dominican "
                + "Republic, and Dominican Foreign Minister Roberto Álvarez.");
        assertThat(found).containsKeys("country:cri", "country:dom").doesNotContainKeys("person:costa-rica", "country:dma");
        // must not: in an article that names Dominica, its demonym stays Dominica's
        assertThat(entities("Dominica held elections. The Dominican government welcomed observers.")).containsKey("country:dma")
                .doesNotContainKey("country:dom");
        // where the article names neither, the larger state, which news means more often (it was Dominica, the first in
        // the gazetteer's file)
        assertThat(entities("The Dominican foreign minister met Secretary Blinken.")).containsKey("country:dom").doesNotContainKey("country:dma");
        assertThat(entities("Congolese troops clashed with rebels in the east.")).containsKey("country:cod").doesNotContainKey("country:cog");
        assertThat(entities("The Republic of the Congo held elections. Congolese voters went to the polls."))
                .containsKey("country:cog").doesNotContainKey("country:cod");
    }

    /**
     * The Sudan and Lebanon dev texts: "the Sudanese military", "the Lebanese Armed Forces" were Sudan and Lebanon, where
     * their curators, as CAMEO (SDNMIL beside SDNGOV), keep a state's armed forces a party of their own. A state whose
     * armed forces the gazetteer lists keeps its entry ("Russian military"); troops stay their state.
     */
    @Test
    void shouldReadAStatesMilitaryAsItsArmedForces() {
        var sudan = entities("The Sudanese military must transfer power to civilians.");
        assertThat(sudan).containsEntry("org:sudanese-armed-forces", "The Sudanese military");
        assertThat(sudan.getOrDefault("country:sdn", "")).isEmpty(); // named only as the state the armed forces are part of
        assertThat(entities("The U.S. Department of State and the Lebanese Armed Forces held a conference."))
                .containsKey("org:lebanese-armed-forces");
        // must not: a state with listed armed forces gets no second entry; troops and a demonym alone are the state
        assertThat(entities("The Russian military moved west.")).containsKey("org:russian-armed-forces")
                .doesNotContainKey("org:russian-armed-forces-2").doesNotContainKey("org:russian-armed-forces-of-the-russian-federation");
        assertThat(org.entente.extract.gazetteer.Gazetteer.shared().lookup("russian military"))
                .extracting(h -> h.entry().id()).containsExactly("org:russian-armed-forces");
        assertThat(entities("Sudanese troops crossed the border. The Sudanese government protested.")).containsKey("country:sdn")
                .doesNotContainKey("org:sudanese-armed-forces");
        // nor a demonym two states share: whose military "the Congolese military" is, the gazetteer cannot say
        assertThat(org.entente.extract.gazetteer.Gazetteer.shared().lookup("congolese military")).isEmpty();
    }

    /**
     * The Sudan dev text: "She underscored the need for the military to transfer power", after "the Sudanese military",
     * was a demand on no one ("the military" was tagged a person: its "-ary" read like "secretary"). A description takes
     * the armed forces named last before it; with none named it names no one, and "the Lebanese people and military" is
     * no body called "military".
     */
    @Test
    void shouldReadTheMilitaryAsTheArmedForcesNamedBefore() {
        assertThat(entities("The Malian military seized power on Tuesday. The United States urged the junta to release the president "
                + "and called on the military to hold elections.")).containsEntry("org:malian-armed-forces", "The Malian military|the junta|the military");
        // must not: no armed forces named before; two bodies one demonym names; an indefinite or possessed military
        assertThat(entities("The United States urged the junta to release the president and called on the military to hold elections."))
                .doesNotContainKeys("org:junta", "org:military", "org:malian-armed-forces");
        assertThat(entities("The delegations discussed the conditions affecting the Lebanese people and military."))
                .doesNotContainKeys("org:military", "org:lebanese-people-and-military");
        assertThat(entities("The Malian military seized power. Russia's military sent advisers."))
                .containsEntry("org:malian-armed-forces", "The Malian military");
    }

    /** The Kremlin statement (dev): "The E.O. is designed to prevent Russia from profiting" had a person called E.O. */
    @Test
    void shouldNotReadAnAbbreviationAsAPerson() {
        assertThat(entities("President Biden will sign an Executive Order. The E.O. is designed to prevent Russia from profiting."))
                .doesNotContainKey("person:e-o");
        // must not: a person named with initials and a surname stays a person
        assertThat(entities("J. R. Smith met the Russian ambassador.")).anySatisfy((id, name) -> assertThat(id).startsWith("person:"));
    }

    @Test
    void shouldKeepGeographicNamesWhole() {
        var found = entities("China sent ships into the East China Sea and the Gulf of Mexico.");
        assertThat(found).containsKeys("place:east-china-sea", "place:gulf-of-mexico", "country:chn");
        assertThat(found.get("country:chn")).isEqualTo("China");
        assertThat(found).doesNotContainKeys("place:east", "place:sea", "country:mex");
        // a feature word in lower case names nothing: "China's sea lanes" is China's
        assertThat(entities("China's sea lanes are busy.")).containsOnlyKeys("country:chn");
    }

    @Test
    void shouldReadTheTreatyAsTheTreatyNamedBefore() {
        var facts = extractor.extract("t.txt", ("Ukraine signed the Budapest Memorandum in 1994. Kenya joined the Arms Trade Treaty. "
                + "Peru welcomed the treaty. Canada praised the memorandum.").getBytes(StandardCharsets.UTF_8),
                new Extractor.Options("t", null, null, null, "2020-01-01")).facts();
        assertThat(facts.claims()).anySatisfy(c -> {
            assertThat(c.evidence().quote()).startsWith("Peru welcomed");
            assertThat(c.about()).containsExactly("treaty:att");
        });
        // "the memorandum" is the memorandum named before, not the treaty named last; neither is a name of it
        assertThat(facts.claims()).anySatisfy(c -> {
            assertThat(c.evidence().quote()).startsWith("Canada praised");
            assertThat(c.about()).containsExactly("treaty:budapest-memorandum");
        });
        assertThat(facts.entities()).filteredOn(e -> e.id().equals("treaty:att")).singleElement()
                .satisfies(e -> assertThat(e.aliases()).doesNotContain("the treaty"));
        // an agreement the words after it name, or one before any treaty is named, is no mention of one named before
        facts = extractor.extract("t.txt", ("France welcomed the agreement. Kenya joined the Arms Trade Treaty. Peru welcomed the agreement with Chile.")
                .getBytes(StandardCharsets.UTF_8), new Extractor.Options("t", null, null, null, "2020-01-01")).facts();
        assertThat(facts.claims()).filteredOn(c -> !c.evidence().quote().startsWith("Kenya")).allSatisfy(c -> assertThat(c.about()).doesNotContain("treaty:att"));
    }

    @Test
    void shouldKeepCoordinatedNamesOfBodiesWhole() {
        assertThat(entities("The Political and Security Committee met on Tuesday.")).containsKey("org:political-and-security-committee");
        // two names joined by "and" stay two
        assertThat(entities("Russia and NATO met on Tuesday.")).containsKeys("country:rus", "org:nato");
    }

    @Test
    void shouldReadADatelineAsAPlaceNotAState() {
        var found = entities("BUENOS AIRES (Reuters) - Argentina and Brazil signed a trade pact on Monday.");
        assertThat(found).containsKey("place:buenos-aires");
        assertThat(found.get("country:arg")).isEqualTo("Argentina");
        // a capital that acts is its state, in the claim; the words still name the city
        var facts = extractor.extract("t.txt", "Moscow rejected the proposal of Japan.".getBytes(StandardCharsets.UTF_8),
                new Extractor.Options("t", null, null, null, "2020-01-01")).facts();
        assertThat(facts.claims()).singleElement().satisfies(c -> assertThat(c.parties().get(0).id()).isEqualTo("country:rus"));
    }

    /** "In Doha, Qatar": a capital written with its country is the city, even where the article speaks of that country. */
    @Test
    void shouldReadACapitalWrittenWithItsCountryAsTheCity() {
        var found = entities("The United States met the Taliban in Doha, Qatar. Qatar welcomed the talks.");
        assertThat(found).containsKeys("place:doha", "country:qat");
        assertThat(found.get("country:qat")).isEqualTo("Qatar|Qatar");
        // must not: where the article speaks of the country, its capital alone still stands for it
        var alone = entities("Qatar hosted the talks. Doha welcomed the agreement.");
        assertThat(alone).containsKey("country:qat").doesNotContainKey("place:doha");
    }

    /** Issue 11: a capital stands for its state as the actor of a state verb, never as a location ("talks near London"). */
    @Test
    void shouldReadACapitalWhereSomethingHappensAsTheCity() {
        var found = entities("Officials met in Beijing on Monday. China said it would reply.");
        assertThat(found).containsKeys("place:beijing", "country:chn");
        assertThat(found.get("country:chn")).isEqualTo("China");
        // must not: a capital that acts is still its state where the article speaks of that state
        assertThat(entities("Moscow rejected the proposal. Russia said it would reply.")).containsKey("country:rus")
                .doesNotContainKey("place:moscow");
    }

    /** Ids of names the text makes write abbreviations as one word, as people write them: us-pacific-fleet, not u-s-pacific-fleet. */
    @Test
    void shouldWriteAbbreviationsAsOneWordInIds() {
        assertThat(Slugs.nameSlug("U.S. Pacific Fleet")).isEqualTo("us-pacific-fleet");
        assertThat(Slugs.nameSlug("Washington, D.C.")).isEqualTo("washington-dc");
        // must not: initials apart are letters apart, and a person's id is made otherwise (Slugs.idSlug)
        assertThat(Slugs.nameSlug("J. N. Chaudhuri Center")).isEqualTo("j-n-chaudhuri-center");
        assertThat(Slugs.idSlug("U.S. Pacific Fleet")).isEqualTo("u-s-pacific-fleet");
    }

    @Test
    void shouldLeaveNamesOfBodiesAndCountriesThatEndInAFeatureWordAlone() {
        assertThat(entities("Ivory Coast signed an agreement with Ghana.")).containsKey("country:civ").doesNotContainKey("place:ivory-coast");
        assertThat(entities("The U.S. Coast Guard rescued fishermen.")).containsKey("country:usa");
        assertThat(entities("Yemeni and Saudi Coast Guard vessels clashed.")).containsKeys("country:yem", "country:sau");
        // an acronym before a comma is no dateline
        assertThat(entities("SIPRI, a Stockholm institute, reported that China attacked Taiwan.")).containsKey("org:sipri");
    }

    @Test
    void shouldNameAnOrganizationByTheAcronymTheTextDefines() {
        var found = entities("Fighters of the Tigray People’s Liberation Front (TPLF) attacked. The TPLF denied it.");
        assertThat(found).containsKey("org:tplf").doesNotContainKey("org:tigray-peoples-liberation-front");
        // brackets that hold no initials of the name are no acronym
        assertThat(entities("The Northern Alliance (NATO) met.")).containsKeys("org:northern-alliance", "org:nato");
    }

    @Test
    void shouldReadPeopleByTheirNamesNotTheirTitlesNorInitials() {
        var found = entities("Antony J. Blinken met Foreign Minister Wang Yi. Later State Councilor Wang spoke to Blinken.");
        assertThat(found).containsKeys("person:antony-blinken", "person:wang-yi")
                .doesNotContainKeys("person:antony-j-blinken", "person:councilor-wang", "org:state");
        assertThat(found.get("person:wang-yi")).contains("Wang");
    }

    /**
     * A person of the CAMEO actor dictionary is one id with and without his middle initial, as one the gazetteer does
     * not know is (FRUS texts write "Lyndon B. Johnson" and "President Johnson", others "Lyndon Johnson").
     */
    @Test
    void shouldNameAKnownPersonWithoutHisMiddleInitial() {
        var found = entities("Lyndon B. Johnson met Allen W. Dulles in Washington.");
        assertThat(found).containsKeys("person:lyndon-johnson", "person:allen-dulles")
                .doesNotContainKeys("person:lyndon-b-johnson", "person:allen-w-dulles");
        assertThat(entities("Lyndon Johnson met Allen Dulles in Washington.")).containsKeys("person:lyndon-johnson", "person:allen-dulles");
        // must not: an initial that tells two people apart stays
        assertThat(entities("George W. Bush met George H. W. Bush in Texas."))
                .containsKeys("person:george-w-bush", "person:george-bush");
        // nor is a son the father the dictionary knows, whose initial differs
        assertThat(entities("President Ferdinand R. Marcos Jr. of the Philippines spoke in New York."))
                .containsKey("person:ferdinand-r-marcos-jr").doesNotContainKey("person:ferdinand-marcos");
        assertThat(entities("President Ferdinand Marcos Jr. of the Philippines spoke in New York."))
                .containsKey("person:ferdinand-marcos-jr").doesNotContainKey("person:ferdinand-marcos");
    }

    /** The CAMEO actor dictionary writes names without accents: "Erdoğan" is its Erdogan (the Black Sea grain deal dev text). */
    @Test
    void shouldFindAKnownPersonWhoseNameTheTextWritesWithAccents() {
        assertThat(entities("Turkish President Erdoğan met the Secretary-General.")).containsKey("person:recep-tayyip-erdogan")
                .doesNotContainKey("person:erdogan");
        // must not: an accented name the dictionary does not know is a person of its own, under its name without accents
        assertThat(entities("Brazilian Minister of Defense José Múcio met the Secretary-General.")).containsKey("person:jose-mucio");
    }

    /** A generation ends a name but is no part of the person (the Austin–Múcio dev readout: "Secretary Austin" was Hudson Austin). */
    @Test
    void shouldReadAPersonWithoutTheGenerationHisNameEndsWith() {
        var found = entities("Secretary of Defense Lloyd J. Austin III spoke with Minister Wang Yi. Secretary Austin raised concerns.");
        assertThat(found).containsKey("person:lloyd-austin").doesNotContainKeys("person:lloyd-austin-iii", "person:hudson-austin");
        assertThat(found.get("person:lloyd-austin")).contains("Secretary Austin");
        assertThat(entities("Martin Luther King, Jr. spoke in Washington.")).containsKey("person:martin-luther-king");
        // must not: a reign's numeral after a single name is the name
        assertThat(entities("Pope John Paul II met Ronald Reagan.")).containsKey("person:john-paul-ii").doesNotContainKey("person:john-paul");
    }

    @Test
    void shouldReadAUnitOfTerritoryAsThePlaceItNames() {
        var found = entities("Floods hit Henan Province. Aid reached the Tigray Region and the rest of Tigray.");
        assertThat(found).containsKeys("place:henan", "place:tigray").doesNotContainKeys("place:province", "place:tigray-region");
        // the feature word of a body of water stays in its name
        assertThat(entities("Ships crossed the Taiwan Strait.")).containsKey("place:taiwan-strait").doesNotContainKey("country:twn");
    }

    @Test
    void shouldReadTheTitleAPersonWasNamedWithAsThatPerson() {
        var mentions = mentionsOf("Deputy Secretary of State Wendy Sherman traveled to China. The Deputy Secretary raised concerns. "
                + "The Secretary of Defense was not there.");
        assertThat(mentions.get("person:wendy-sherman")).contains("The Deputy Secretary").doesNotContain("The Secretary of Defense");
    }

    /** Readouts name the Secretary once by title and surname ("Secretary Blinken"), then by the title alone. */
    @Test
    void shouldReadTheTitleAPersonWasNamedWithByHisSurnameAsThatPerson() {
        var mentions = mentionsOf("Secretary Blinken spoke with Foreign Minister Kuleba today. The Secretary urged restraint. "
                + "The Foreign Minister thanked him. Blinken later met Lavrov. The Ambassador was not there.");
        assertThat(mentions.get("person:blinken")).contains("The Secretary").doesNotContain("The Ambassador");
        assertThat(mentions.get("person:kuleba")).contains("The Foreign Minister");
    }

    /**
     * The Sudan tripartite dev text: "the United Nations Integrated Transition Assistance Mission in Sudan (UNITAMS)" was
     * the United Nations and Sudan, and "the Intergovernmental Authority on Development (IGAD)" two organizations. A name
     * the text gives an acronym for is one mention, whatever shorter names it holds, and an acronym may take more than
     * the initials.
     */
    @Test
    void shouldKeepANameWholeWhereTheTextDefinesItsAcronym() {
        var found = mentionsOf("The United States supports the United Nations Integrated Transition Assistance Mission in Sudan "
                + "(UNITAMS) and the Intergovernmental Authority on Development (IGAD).");
        assertThat(found).containsEntry("org:unitams", java.util.List.of(
                "United Nations Integrated Transition Assistance Mission in Sudan", "UNITAMS"))
                .containsEntry("org:igad", java.util.List.of("Intergovernmental Authority on Development", "IGAD"))
                .doesNotContainKeys("org:un", "country:sdn", "org:intergovernmental-authority-on-development");
        // a body named after its state's name is a body; a plan of action a treaty
        assertThat(entities("Libya's Government of National Accord (GNA) met the Joint Comprehensive Plan of Action (JCPOA) group."))
                .containsKeys("country:lby", "org:gna", "treaty:jcpoa");
        // brackets after a title, or after words that name no body, define no name
        assertThat(entities("The Foreign Minister (FM) spoke. Gross Domestic Product (GDP) grew in Kenya."))
                .containsOnlyKeys("country:ken");
        // a name in Arabic the text abbreviates is a group's (the KTJ dev text: the designated group was no entity), a
        // program's English name is none, nor a person's with "bin"
        assertThat(mentionsOf("The Department of State is designating Katibat al Tawhid wal Jihad (KTJ) as a Specially Designated "
                + "Global Terrorist (SDGT)."))
                .containsEntry("org:ktj", java.util.List.of("Katibat al Tawhid wal Jihad", "KTJ"));
        assertThat(entities("The United States provides Foreign Military Financing (FMF) to Lebanon. Biden met Crown Prince "
                + "Mohammed bin Salman (MBS).")).doesNotContainKeys("org:fmf", "org:mbs");
        // a name the gazetteer knows stays the gazetteer's, and the acronym defined for it names it too (the Lebanon dev text)
        assertThat(entities("The North Atlantic Treaty Organization (NATO) met.")).containsOnlyKeys("org:nato");
        assertThat(mentionsOf("The Lebanese Armed Forces (LAF) met. Washington renewed its commitment to the LAF."))
                .containsEntry("org:lebanese-armed-forces", java.util.List.of("The Lebanese Armed Forces", "LAF", "LAF"))
                .doesNotContainKey("org:laf");
    }

    /**
     * The Guinea-Bissau dev text (USUN): "the Council" and "Council members" were an organization "Council". A body named
     * by its last word is the one of that word named before, the most often named ("the Security Council" twice, "the
     * Transitional Council" once).
     */
    @Test
    void shouldReadABodyNamedByItsLastWordAsTheOneNamedBefore() {
        var found = mentionsOf("The Security Council met. The Council heard the envoy. The junta named a president of the "
                + "Transitional Council. Council members condemned the takeover.");
        assertThat(found).containsEntry("org:un-security-council", java.util.List.of("The Security Council", "Council", "Council"))
                .doesNotContainKey("org:council");
        assertThat(entities("The European Commission proposed sanctions. The Commission said so.")).containsOnlyKeys("org:european-commission");
        // a last word that no name before ends in stays what it is; so does a word before "members" that names no body
        assertThat(entities("The Council condemned Mali. The Security Council agreed.")).containsKey("org:council");
        assertThat(entities("Russia met NATO. Cabinet members agreed.")).containsOnlyKeys("country:rus", "org:nato");
        assertThat(entities("Coalition members met in Paris.")).doesNotContainKey("org:coalition"); // no coalition named before
    }

    /** The texts of each entity's mentions in the Facts of {@code text}. */
    private static Map<String, java.util.List<String>> mentionsOf(String text) {
        var facts = extractor.extract("t.txt", text.getBytes(StandardCharsets.UTF_8), new Extractor.Options("t", null, null, null, "2021-07-26")).facts();
        return facts.entities().stream().collect(Collectors.toMap(Facts.Entity::id,
                e -> e.mentions().stream().map(Facts.Mention::text).toList()));
    }

    @Test
    void shouldNotReadTheChineseRepublicAsTaiwan() {
        assertThat(entities("Sherman traveled to the People’s Republic of China.")).containsKey("country:chn").doesNotContainKey("country:twn");
    }

    @Test
    void shouldReadTheCityAsThePlaceNamedJustBefore() {
        var found = entities("Coalition aircraft struck targets near Mosul on Monday. The city has been held since 2014.");
        assertThat(found.get("place:mosul")).contains("The city");
        // "the city of X" names its own place, "the city council" is a body, and a place named long before is too far
        var own = entities("Strikes hit Mosul. The city of Raqqah was quiet. The city council met.");
        assertThat(own.get("place:mosul")).doesNotContain("The city");
    }

    /**
     * Defense readouts: NER reads "Defense Lloyd Austin" in "Secretary of Defense Lloyd Austin" and "Defence" in "Minister
     * of Defence Nirmala Sitharaman" as bodies, so a body named "Defense Lloyd Austin" spoke with Brazil. The portfolio
     * after a minister's or secretary's "of" is the title's; the name after it is a person's.
     */
    @Test
    void shouldReadAPortfolioAsPartOfTheTitle() {
        assertThat(entities("Secretary of Defense Lloyd Austin spoke with Brazilian Minister of Defense Jose Mucio."))
                .containsKeys("person:lloyd-austin", "person:jose-mucio").noneSatisfy((id, name) -> assertThat(id).startsWith("org:"));
        assertThat(entities("Secretary of Defense Jim Mattis met Indian Minister of Defence Nirmala Sitharaman."))
                .containsKeys("person:nirmala-sitharaman").doesNotContainKey("org:defence");
        // must not: a ministry is a body, and so is a body a secretary-general heads
        assertThat(entities("The Ministry of Defence said so.")).containsKey("org:ministry-of-defence");
        assertThat(entities("Stoltenberg met the Secretary-General of the Organization of American States.")).containsKey("org:oas");
    }

    /** The ECOWAS statement (dev text): a hyphenated demonym is one state's, not a place and another state. */
    @Test
    void shouldReadAHyphenatedDemonymWhole() {
        var found = entities("Bissau-Guinean President Umaro Embalo spoke.");
        assertThat(found).containsKey("country:gnb").doesNotContainKeys("country:gin", "place:bissau");
        assertThat(entities("Guinean officials spoke.")).containsKey("country:gin");
    }
}
