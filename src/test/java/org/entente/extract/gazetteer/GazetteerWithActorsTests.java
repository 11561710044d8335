package org.entente.extract.gazetteer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.entente.extract.cameo.DictionaryException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The shipped gazetteer with dictionaries of the user's: PETRARCH .actors and .agents files and the gazetteer's YAML. */
class GazetteerWithActorsTests {

    @TempDir
    static Path folder;
    private static Gazetteer gazetteer;

    @BeforeAll
    static void load() throws Exception {
        var actors = Files.writeString(folder.resolve("middle-earth.actors.txt"), """
                GONDOR [GON]
                +MINAS_TIRITH
                ARNOR_ [ARN]
                RUSSIA [RUS]
                +RUSSLAND
                EGYPT [UAR]
                HAMAS [PSEREBHMS]
                MICHEL_DELVING [SHRGOV]
                WHITE_DOWNS [SHR]
                SAM_GAMGEE [HOB]
                \t[HOBGOV 20121109-20130119]
                BOROMIR [---]
                GOLDEN_GOOSE {GOLDEN_GEESE} [~GGS]
                BARGEMAN [~BRG]
                """);
        var yaml = Files.writeString(folder.resolve("more.yaml"), """
                - id: org:white-council
                  name: White Council
                  aliases: [the Wise]
                  orgType: intergovernmental
                  cameo: IGOWHC
                - id: country:ron
                  name: Rohan
                """);
        gazetteer = Gazetteer.withActors(List.of(actors, yaml));
    }

    @Test
    void shouldMakeAnUnknownThreeLetterCodeAStateOfItsOwn() {
        var gondor = gazetteer.byId("country:gon").orElseThrow();

        assertThat(gondor.kind()).isEqualTo("Country");
        assertThat(gondor.name()).isEqualTo("Gondor");
        assertThat(gondor.aliases()).contains("Minas Tirith");
        assertThat(gondor.properties()).containsEntry("cameo", "GON");
        assertThat(gazetteer.lookup("minas tirith")).extracting(h -> h.entry().id()).containsExactly("country:gon");
        assertThat(gazetteer.country("ARN")).isNotNull();
    }

    @Test
    void shouldGiveAKnownCountryMoreNamesAndLetTheDictionaryDecideANameItLists() {
        assertThat(gazetteer.lookup("russland")).extracting(h -> h.entry().id()).containsExactly("country:rus");
        assertThat(gazetteer.byId("country:rus").orElseThrow().properties()).doesNotContainKey("cameo");
        // "Egypt" names both, the dictionary's state first
        assertThat(gazetteer.lookup("egypt")).extracting(h -> h.entry().id()).startsWith("country:uar").contains("country:egy");
    }

    @Test
    void shouldMakeLongerCodesOrganizationsOfTheirState() {
        var hamas = gazetteer.byId("org:hamas").orElseThrow();
        assertThat(hamas.properties()).as("the shipped entry, with the code added").containsEntry("cameo", "PSEREBHMS")
                .containsEntry("orgType", "militant group");
        assertThat(hamas.link("country")).isEqualTo("PSE");

        var council = gazetteer.byId("org:michel-delving").orElseThrow();
        assertThat(council.properties()).containsEntry("orgType", "government body").containsEntry("cameo", "SHRGOV");
        assertThat(council.link("country")).as("WHITE_DOWNS [SHR] comes later in the file").isEqualTo("SHR");
    }

    @Test
    void shouldTellPeopleAsPhoenixDoes() {
        var sam = gazetteer.byId("person:sam-gamgee").orElseThrow();

        assertThat(sam.properties()).containsEntry("cameo", "HOB");
        assertThat(gazetteer.bySurname("Gamgee", "2012-12-01")).containsExactly(sam);
        assertThat(gazetteer.byId("country:shr").orElseThrow().name()).as("no dates, no person").isEqualTo("White Downs");
        assertThat(gazetteer.lookup("boromir")).isEmpty();
    }

    /** Phoenix writes names in capitals: a regnal number stays one ("King Abdullah II" was "Abdullah Ii"), a name stays a name. */
    @Test
    void shouldWriteARegnalNumberInCapitals() {
        assertThat(GazetteerLoader.display("ABDULLAH_II")).isEqualTo("Abdullah II");
        assertThat(GazetteerLoader.display("GEORGE_W._BUSH_")).isEqualTo("George W. Bush");
        assertThat(GazetteerLoader.display("XI_JINPING")).isEqualTo("Xi Jinping"); // must not: Xi is no eleventh
    }

    @Test
    void shouldAddAgentNouns() {
        assertThat(gazetteer.agent("bargeman")).isEqualTo("BRG");
        assertThat(gazetteer.agent("troop")).as("the shipped agents stay").isEqualTo("MIL");
    }

    @Test
    void shouldReadTheGazetteersYamlShape() {
        var council = gazetteer.byId("org:white-council").orElseThrow();
        assertThat(council.properties()).containsEntry("cameo", "IGOWHC").containsEntry("orgType", "intergovernmental");
        assertThat(gazetteer.lookup("wise")).extracting(h -> h.entry().id()).containsExactly("org:white-council");
        assertThat(gazetteer.byId("country:ron").orElseThrow().properties()).containsEntry("cameo", "RON");
    }

    @Test
    void shouldLeaveTheSharedGazetteerAsItIs() {
        assertThat(Gazetteer.shared().byId("country:gon")).isEmpty();
        assertThat(Gazetteer.withActors(List.of())).isSameAs(Gazetteer.shared());
    }

    @Test
    void shouldNameTheFileAndLineOfAMistake() throws Exception {
        var actors = Files.writeString(folder.resolve("bad.actors"), "GONDOR [GON]\n\nARNOR [ARN\n");
        var yaml = Files.writeString(folder.resolve("bad.yaml"), "- id: org:white-council\n  name: White Council\n- id: White\n  name: W\n");

        assertThatThrownBy(() -> Gazetteer.withActors(List.of(actors))).isInstanceOf(DictionaryException.class)
                .hasMessage(actors + ":3: a '[' without ']'");
        assertThatThrownBy(() -> Gazetteer.withActors(List.of(yaml))).isInstanceOf(DictionaryException.class)
                .hasMessageStartingWith(yaml + ":3: an entry needs an id");
        assertThatThrownBy(() -> Gazetteer.withActors(List.of(folder.resolve("none.actors")))).isInstanceOf(DictionaryException.class)
                .hasMessageStartingWith(folder.resolve("none.actors") + ": cannot read the file");
    }

    @Test
    void shouldLoadThePetrarchValidationDictionaries() {
        var suite = Path.of("../shared/data/petrarch-validation");
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.isDirectory(suite), "the PETRARCH validation suite is beside the repository");

        var g = Gazetteer.withActors(List.of(suite.resolve("PETR.Validate.actors.txt"), suite.resolve("PETR.Validate.agents.txt")));

        assertThat(g.byId("country:mor").orElseThrow().aliases()).contains("Barad-Dur");
        assertThat(g.lookup("gondor")).extracting(h -> h.entry().id()).first().isEqualTo("country:gon");
    }
}
