package org.entente.ingest.gdelt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;

import org.entente.extract.gazetteer.Gazetteer;
import org.entente.facts.FactsReader;
import org.entente.ingest.gdelt.GdeltActors.ActorEntity;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

import tools.jackson.databind.json.JsonMapper;

/** GDELT actors as the graph's entities: the gazetteer's organizations and countries, else their CAMEO code. */
class GdeltActorsTests {

    private static GdeltActors actors;

    @BeforeAll
    static void load() {
        actors = new GdeltActors(Gazetteer.shared());
    }

    @Test
    void shouldResolveAGovernmentToItsCountryWithItsRole() {
        assertThat(actors.entity(actor("USAGOV", "JOE BIDEN", "USA", "GOV")))
                .isEqualTo(new ActorEntity("country:usa", "Country", "United States", "GOV", "USAGOV"));
        assertThat(actors.entity(actor("RUSGOVMIL", "RUSSIAN ARMY", "RUS", "GOV")).role()).isEqualTo("GOV MIL");
        assertThat(actors.entity(actor("RUS", "RUSSIA", "RUS", null)))
                .isEqualTo(new ActorEntity("country:rus", "Country", "Russia", null, "RUS"));
        assertThat(actors.entity(actor("USAGOV", "JOE BIDEN", "USA", "GOV")).id())
                .isEqualTo(Gazetteer.shared().country("USA").id());
    }

    @Test
    void shouldResolveIntergovernmentalCodesToTheGazetteersOrganizations() {
        assertThat(actors.entity(actor("IGOWSTNAT", "NATO", null, null)))
                .isEqualTo(new ActorEntity("org:nato", "Organization", "North Atlantic Treaty Organization", null, "IGOWSTNAT"));
        assertThat(actors.entity(actor("IGOUNO", "UNITED NATIONS", null, null)).id()).isEqualTo("org:un");
        assertThat(actors.entity(actor("IGOEUREEC", "THE EU", "EUR", null)).id()).isEqualTo("org:eu");
        // a sector after a known organization's code is its role, as after a country's
        assertThat(actors.entity(actor("IGOUNODEVWBKMED", "WORLD BANK", null, "MED")))
                .isEqualTo(new ActorEntity("org:world-bank", "Organization", "World Bank", "MED", "IGOUNODEVWBKMED"));
    }

    @Test
    void shouldKeepAnUnknownCodeAsAnOrganizationOfItsOwn() {
        assertThat(actors.entity(actor("REFCVL", "REFUGEE", null, "REF")))
                .isEqualTo(new ActorEntity("org:cameo-refcvl", "Organization", "Refugee", null, "REFCVL"));
        assertThat(actors.entity(actor("COP", "POLICE OFFICER", null, "COP")).name()).isEqualTo("Police Officer");
        assertThat(actors.entity(actor("COP", null, null, "COP")).name()).isEqualTo("COP");
    }

    @Test
    void shouldTakeTheCodesCountryOnlyWhenGdeltFiledItAsNoOtherPart() {
        // MUS is Mauritius's alpha-3 code and CAMEO's for Muslims; GDELT says which by the column it fills
        var muslims = new GdeltActor("MUSSHI", "SHIA", null, null, null, "MUS", "SHI", null, null, null);
        var mauritius = new GdeltActor("MUSGOV", "MAURITIUS", null, null, null, null, null, "GOV", null, null);

        assertThat(actors.entity(muslims).id()).isEqualTo("org:cameo-musshi");
        assertThat(actors.entity(mauritius)).isEqualTo(new ActorEntity("country:mus", "Country", "Mauritius", "GOV", "MUSGOV"));
    }

    @Test
    void shouldGiveNoEntityForNoActor() {
        assertThat(actors.entity(null)).isNull();
        assertThat(actors.entity(new GdeltActor(null, null, null, null, null, null, null, null, null, null))).isNull();
    }

    @Test
    void shouldWriteGdeltsCapitalsAsNames() {
        assertThat(GdeltActors.titleCase("THE EU")).isEqualTo("The EU");
        assertThat(GdeltActors.titleCase("BANK OF ENGLAND")).isEqualTo("Bank of England");
        assertThat(GdeltActors.titleCase("AL-SHABAAB")).isEqualTo("Al-Shabaab");
        assertThat(GdeltActors.titleCase("PEOPLE'S ARMY")).isEqualTo("People's Army");
    }

    @Test
    void shouldGiveEveryActorOfTheSampleAnEntityThatFactsAccept() throws Exception {
        var entities = new LinkedHashMap<String, ActorEntity>();
        var codes = new LinkedHashMap<String, ActorEntity>();
        for (var row : GdeltFileTests.read(GdeltFileTests.SAMPLE)) {
            var event = (GdeltEvent) row;
            Stream.of(event.actor1(), event.actor2()).filter(Objects::nonNull).forEach(a -> {
                var entity = actors.entity(a);
                entities.putIfAbsent(entity.id(), entity);
                codes.putIfAbsent(a.code(), entity);
            });
        }
        var facts = Map.of("source", Map.of("id", "gdelt-20191024143000", "title", "GDELT 2.0 events of 2019-10-24 14:30"),
                "entities", entities.values().stream().map(e -> Map.of("id", e.id(), "kind", e.kind(), "name", e.name())).toList(),
                "relationships", List.of(), "claims", List.of());
        var json = JsonMapper.builder().build().writeValueAsString(facts).getBytes(StandardCharsets.UTF_8);

        assertThatCode(() -> new FactsReader().read("gdelt.json", json, true, null)).doesNotThrowAnyException();
        var byKind = codes.values().stream().collect(java.util.stream.Collectors.groupingBy(
                e -> e.id().startsWith("org:cameo-") ? "kept" : e.kind(), java.util.stream.Collectors.counting()));
        LoggerFactory.getLogger(getClass()).info("sample: {} actor codes, {} entities; codes by what they became: {}; {} codes name "
                + "organizations", codes.size(), entities.size(), byKind, actors.organizationCodes());
        assertThat(codes.get("USAGOV").id()).isEqualTo("country:usa");
        assertThat(codes.get("IGOEUREEC").id()).isEqualTo("org:eu");
    }

    private static GdeltActor actor(String code, String name, String country, String type1) {
        return new GdeltActor(code, name, country, null, null, null, null, type1, null, null);
    }
}
