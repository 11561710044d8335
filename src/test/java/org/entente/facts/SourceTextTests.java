package org.entente.facts;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SourceTextTests {

    /** A quote typed with plain spaces is found in a text typeset with narrow no-break spaces, and the other way round. */
    @Test
    void shouldFindAQuoteWhateverItsSpaces() {
        var text = new SourceText("Officials of the Department of\u202fthe\u202fTreasury met. The two teams\u202fdiscussed aid.");
        var found = text.locate("Department of the Treasury");
        assertThat(found).isNotNull();
        assertThat(found.quote()).isEqualTo("Department of\u202fthe\u202fTreasury");
        assertThat(new SourceText("The two teams discussed aid.").locate("two teams\u202fdiscussed")).isNotNull();
        assertThat(text.locate("Department of the Interior")).isNull();
    }
}
