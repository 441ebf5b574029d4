package io.scpgen.generator.docs.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.scpgen.generator.docs.rules.ResponseRowSplit.Cells;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The flattened Responses table of virtualserver-api-reference-print-1.1.txt:
 * <pre>
 * HTTP CodeDescriptionSchema
 * 202AcceptedVolumeTransferAcceptResponse
 * 400Bad RequestNone
 * 401UnauthorizedNone
 * </pre>
 */
class ResponseRowSplitTest {

    @Test
    void splitsStatusReasonAndModel() {
        assertThat(ResponseRowSplit.split("200OKImageListResponse"))
                .contains(new Cells("200", "OK", "ImageListResponse"));
    }

    @Test
    void splitsAMultiWordReasonFromNone() {
        assertThat(ResponseRowSplit.split("400Bad RequestNone")).contains(new Cells("400", "Bad Request", "None"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "202AcceptedVolumeTransferAcceptResponse, 202, Accepted,     VolumeTransferAcceptResponse",
        "401UnauthorizedNone,                     401, Unauthorized, None",
        "403ForbiddenNone,                        403, Forbidden,    None",
        "404Not FoundNone,                        404, Not Found,    None",
        "409ConflictNone,                         409, Conflict,     None",
        "200OKImageListResponseV1Dot2,            200, OK,           ImageListResponseV1Dot2",
        "422Validation ErrorNone,                 422, Validation Error, None",
        "500Internal Server ErrorNone,            500, Internal Server Error, None",
        "204No ContentNone,                       204, No Content,   None",
    })
    void splitsTheRowsOfTheDocs(String line, String status, String reason, String schema) {
        assertThat(ResponseRowSplit.split(line)).contains(new Cells(status, reason, schema));
    }

    @Test
    void leavesTheSchemaEmptyWhenTheRowEndsAfterTheReason() {
        assertThat(ResponseRowSplit.split("202Accepted")).contains(new Cells("202", "Accepted", ""));
    }

    @Test
    void ignoresSurroundingSpace() {
        assertThat(ResponseRowSplit.split("  401UnauthorizedNone ")).contains(new Cells("401", "Unauthorized", "None"));
    }

    @Test
    void takesATrailingNoneAsTheSchemaWhenTheReasonIsNotStandard() {
        assertThat(ResponseRowSplit.split("418I'm a teapotNone")).contains(new Cells("418", "I'm a teapot", "None"));
    }

    @Test
    void takesATrailingNoneAsTheSchemaEvenAfterACapitalisedReasonWord() {
        // "ReasonNone" has the shape of a model name, but the docs print None for "no body"
        assertThat(ResponseRowSplit.split("299Custom ReasonNone")).contains(new Cells("299", "Custom Reason", "None"));
        assertThat(ResponseRowSplit.split("299CustomNone")).contains(new Cells("299", "Custom", "None"));
    }

    @Test
    void takesATrailingModelNameAsTheSchemaWhenTheReasonIsNotStandard() {
        assertThat(ResponseRowSplit.split("299custom reasonImageListResponse"))
                .contains(new Cells("299", "custom reason", "ImageListResponse"));
    }

    @Test
    void takesTheWholeRestAsTheReasonWhenNothingLooksLikeASchema() {
        assertThat(ResponseRowSplit.split("299Custom Reason")).contains(new Cells("299", "Custom Reason", ""));
    }

    @Test
    void takesAModelNameAloneAsTheSchemaWhenTheReasonIsMissing() {
        assertThat(ResponseRowSplit.split("200ImageListResponse")).contains(new Cells("200", "", "ImageListResponse"));
    }

    @ParameterizedTest(name = "[{0}] is not a response row")
    @ValueSource(strings = {"HTTP CodeDescriptionSchema", "OKImageListResponse", "20OK", "", "Responses"})
    void rejectsLinesWithoutAThreeDigitStatus(String line) {
        assertThat(ResponseRowSplit.split(line)).isEmpty();
    }
}
