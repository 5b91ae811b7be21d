package org.callsheet.logic.csv;

import static org.assertj.core.api.Assertions.assertThat;

import org.callsheet.model.Attitude;
import org.callsheet.model.CallDirection;
import org.callsheet.model.CallOutcome;
import org.callsheet.model.FollowUpStatus;
import org.junit.jupiter.api.Test;

class CodeNamesTest {

    @Test
    void readsCodesInAnyCaseAndSpacing() {
        assertThat(CodeNames.OUTCOMES.parse("no_answer")).contains(CallOutcome.NO_ANSWER);
        assertThat(CodeNames.OUTCOMES.parse("NO-ANSWER")).contains(CallOutcome.NO_ANSWER);
        assertThat(CodeNames.OUTCOMES.parse(" No answer ")).contains(CallOutcome.NO_ANSWER);
        assertThat(CodeNames.DIRECTIONS.parse("incoming")).contains(CallDirection.INCOMING);
    }

    @Test
    void readsTheNamesTheProgramShowsInEveryLanguage() {
        assertThat(CodeNames.OUTCOMES.parse("稍后再打")).contains(CallOutcome.CALL_BACK_LATER);
        assertThat(CodeNames.OUTCOMES.parse("稍後再打")).contains(CallOutcome.CALL_BACK_LATER);
        assertThat(CodeNames.OUTCOMES.parse("Call back later")).contains(CallOutcome.CALL_BACK_LATER);
        assertThat(CodeNames.ATTITUDES.parse("积极")).contains(Attitude.POSITIVE);
        assertThat(CodeNames.DIRECTIONS.parse("呼入")).contains(CallDirection.INCOMING);
    }

    @Test
    void writesLowerCaseCodesAndListsThemForMessages() {
        assertThat(CodeNames.OUTCOMES.code(CallOutcome.WRONG_NUMBER)).isEqualTo("wrong_number");
        assertThat(CodeNames.FOLLOW_UP_STATUSES.code(FollowUpStatus.DONE)).isEqualTo("done");
        assertThat(CodeNames.ATTITUDES.allowed()).isEqualTo("positive / neutral / negative");
        for (CallOutcome outcome : CallOutcome.values()) {
            assertThat(CodeNames.OUTCOMES.parse(CodeNames.OUTCOMES.code(outcome))).contains(outcome);
        }
    }

    @Test
    void somethingElseIsNothing() {
        assertThat(CodeNames.OUTCOMES.parse("maybe")).isEmpty();
        assertThat(CodeNames.OUTCOMES.parse("")).isEmpty();
    }
}
