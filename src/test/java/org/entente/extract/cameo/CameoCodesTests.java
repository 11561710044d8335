package org.entente.extract.cameo;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CameoCodesTests {

    /**
     * Engaging in diplomatic cooperation (050: "ECOWAS's continued engagement in Guinea", the ECOWAS dev text, whose
     * gold and the other dev texts' file every 050 as COOPERATION) is cooperation; praise is one side's statement, a
     * signed agreement an agreement.
     */
    @Test
    void shouldGiveEachCodeTheKindCuratorsFileItUnder() {
        assertThat(CameoCodes.kind("050")).isEqualTo("COOPERATION");
        assertThat(CameoCodes.kind("051")).isEqualTo("STATEMENT");
        assertThat(CameoCodes.kind("057")).isEqualTo("AGREEMENT");
        assertThat(CameoCodes.kind("046")).isEqualTo("NEGOTIATION");
        assertThat(CameoCodes.kind("163")).isEqualTo("DISAGREEMENT");
    }

    /** An intent mirrors the act (CAMEO 03 and 13); statements, appeals and disapproval have none. */
    @Test
    void shouldCodeTheIntentToDoAnAct() {
        assertThat(CameoCodes.intent("073")).isEqualTo("0333");
        assertThat(CameoCodes.intent("040")).isEqualTo("036");
        assertThat(CameoCodes.intent("085")).isEqualTo("0354");
        assertThat(CameoCodes.intent("163")).isEqualTo("1312");
        assertThat(CameoCodes.intent("190")).isEqualTo("1384");
        assertThat(CameoCodes.intent("032")).isEqualTo("032");
        assertThat(CameoCodes.intent("010")).isNull();
        assertThat(CameoCodes.intent("020")).isNull();
        assertThat(CameoCodes.intent("111")).isNull();
        assertThat(CameoCodes.intends("0333")).isTrue();
        assertThat(CameoCodes.intends("1384")).isTrue();
        assertThat(CameoCodes.intends("051")).isFalse();
        assertThat(CameoCodes.intends(null)).isFalse();
    }
}
