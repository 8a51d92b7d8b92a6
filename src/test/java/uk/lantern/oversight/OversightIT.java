package uk.lantern.oversight;

import java.io.ByteArrayInputStream;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

import uk.lantern.ledger.LedgerActor;
import uk.lantern.oversight.internal.baseline.ChildPopulation;
import uk.lantern.oversight.internal.disclosure.Cell;
import uk.lantern.oversight.internal.disclosure.DifferencingAttack;
import uk.lantern.oversight.internal.disclosure.DisclosureRules;
import uk.lantern.oversight.internal.disclosure.ProtectedTable;
import uk.lantern.oversight.internal.disclosure.StatSymbol;
import uk.lantern.oversight.internal.disclosure.TotalsShown;
import uk.lantern.support.IntegrationTestBase;
import uk.lantern.support.PageLinks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static uk.lantern.oversight.MeasuresJson.values;

/**
 * The oversight figures for a small synthetic area, Torbay, which no other test writes to: January 2024 has 20
 * referrals of which 3 are CSE-flagged, February 15 of which 9, March none. Every output form must show the same
 * figures, with every count from 1 to 5 (and whatever would reveal one) as {@code c}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OversightIT extends IntegrationTestBase {

    static final String TORBAY = "E06000027";
    static final String WINDOW = "area=" + TORBAY + "&from=2024-01-01&to=2024-03-31&by=month";

    @Autowired
    ChildPopulation population;
    @Autowired
    OversightStatistics statistics;

    @BeforeAll
    void referralsInTorbay() {
        AreaRecords torbay = new AreaRecords(jdbc, TORBAY);
        // January: 3 CSE-flagged; outcomes 10 no further action, 4 information and advice, 6 assessment; all on time.
        torbay.referrals("2024-01-10T10:00:00Z", 3, true, "NO_FURTHER_ACTION", 3);
        torbay.referrals("2024-01-11T10:00:00Z", 7, false, "NO_FURTHER_ACTION", 7);
        torbay.referrals("2024-01-12T10:00:00Z", 4, false, "INFORMATION_AND_ADVICE", 4);
        torbay.referrals("2024-01-15T10:00:00Z", 6, false, "ASSESSMENT", 6);
        // February: 15 referrals, 9 CSE-flagged, all no further action; 13 decided on time and 2 late.
        torbay.referrals("2024-02-05T10:00:00Z", 7, true, "NO_FURTHER_ACTION", 5);
        torbay.referrals("2024-02-06T10:00:00Z", 6, false, "NO_FURTHER_ACTION", 6);
        torbay.referrals("2024-02-07T10:00:00Z", 2, true, "NO_FURTHER_ACTION", 2);
        statistics.refresh(LedgerActor.system("oversight-test"));
    }

    @Test
    void anAuthoritysFiguresAreExactWithSmallCountsSuppressed() throws Exception {
        JsonNode view = measures(WINDOW);
        assertThat(view.get("periods").toString()).isEqualTo("[\"2024-01\",\"2024-02\",\"2024-03\"]");
        assertThat(values(view, "referrals")).containsExactly("20", "15", "0");
        assertThat(values(view, "cse_referrals")).as("3 in January is suppressed").containsExactly("c", "9", "0");
        assertThat(values(view, "cse_referral_rate")).as("no rate where the count is suppressed")
                .containsExactly("c", rate(9, 2024), "0.0");
        assertThat(values(view, "outcome_no_further_action")).containsExactly("10", "15", "0");
        assertThat(values(view, "outcome_information_and_advice")).containsExactly("c", "0", "0");
        assertThat(values(view, "outcome_assessment")).as("suppressed so that 4 cannot be worked out from 20")
                .containsExactly("c", "0", "0");
        assertThat(values(view, "decisions_on_time")).as("2 late in February would follow from 13 of 15")
                .containsExactly("20", "c", "0");
        assertThat(values(view, "decisions_on_time_share")).containsExactly("100.0", "c", "z");
        assertThat(view.get("disclosure").get("rounded").asBoolean()).isFalse();
    }

    @Test
    void noSuppressedOutcomeCanBeWorkedOutFromThePublishedTotals() throws Exception {
        JsonNode view = measures(WINDOW);
        List<String> outcomes = List.of("outcome_no_further_action", "outcome_information_and_advice",
                "outcome_early_help", "outcome_assessment", "outcome_strategy_discussion", "awaiting_decision");
        List<List<Cell>> published = outcomes.stream().map(id -> cells(values(view, id))).toList();
        List<String> periods = List.of("2024-01", "2024-02", "2024-03");
        List<Cell> referrals = cells(values(view, "referrals"));
        // No grand total is published, but it is the sum of the periods' totals when all are shown: the attacker
        // may as well have it.
        Cell grandTotal = referrals.stream().allMatch(Cell::hasValue)
                ? Cell.of(referrals.stream().map(Cell::value).reduce(java.math.BigDecimal.ZERO,
                java.math.BigDecimal::add)) : Cell.symbol(StatSymbol.SUPPRESSED);
        ProtectedTable table = new ProtectedTable(outcomes, periods, published, List.of(), referrals, grandTotal,
                TotalsShown.NONE, TotalsShown.EXACT, DisclosureRules.standard());

        Map<DifferencingAttack.CellAt, DifferencingAttack.Range> hidden = DifferencingAttack.attack(table);
        assertThat(hidden).as("January's 4 and the 6 hidden with it").hasSize(2);
        assertThat(DifferencingAttack.recovered(table)).isEmpty();
    }

    @Test
    void englandIsRoundedToTheNearestTen() throws Exception {
        JsonNode england = measures("area=E92000001&from=2024-02-01&to=2024-02-29&by=month");
        long exact = jdbc.sql("SELECT count(*) FROM referral WHERE received_at >= '2024-02-01' "
                + "AND received_at < '2024-03-01'").query(Long.class).single();
        String shown = values(england, "referrals").get(0);
        assertThat(Long.parseLong(shown)).isEqualTo(Math.round(exact / 10.0) * 10);
        assertThat(england.get("disclosure").get("rounded").asBoolean()).isTrue();
    }

    @Test
    void everyOutputFormShowsTheSameSuppressedCell() throws Exception {
        String csv = mvc.perform(get("/api/v1/oversight/measures/export?format=csv&" + WINDOW)
                        .header("Authorization", bearer(tokenFor("auditor"))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(csv).contains(TORBAY + ",Torbay,Referrals,CSE-flagged referrals,count,2024-01,c")
                .contains(TORBAY + ",Torbay,Referrals,CSE-flagged referrals,count,2024-02,9");

        byte[] xlsx = mvc.perform(get("/api/v1/oversight/measures/export?format=xlsx&" + WINDOW)
                        .header("Authorization", bearer(tokenFor("auditor"))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet measures = workbook.getFirstSheet();
            Row cse = measures.read().stream().filter(row -> "CSE-flagged referrals".equals(row.getCellText(1)))
                    .findFirst().orElseThrow();
            assertThat(cse.getCellText(3)).isEqualTo("c");
            assertThat(cse.getCellText(4)).isEqualTo("9");
        }

        String page = mvc.perform(get("/oversight?" + WINDOW).session(signIn("auditor")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        String row = page.substring(page.indexOf(">CSE-flagged referrals<"));
        row = row.substring(0, row.indexOf("</tr>"));
        assertThat(row).contains(">c</abbr>").contains(">9<").doesNotContain(">3<");
    }

    @Test
    void aReaderStartsInTheirOwnAreaAndEachAuthorityIsNamedOnce() throws Exception {
        String page = mvc.perform(get("/oversight").session(signIn("manager")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).containsPattern("<option[^>]*value=\"E08000005\"[^>]*selected");
        assertThat(page).contains(">Barnsley (E08000016)<", ">Barnsley (E08000038)<").doesNotContain(">Barnsley<");
        String england = mvc.perform(get("/oversight?area=E92000001").session(signIn("manager")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(england).containsPattern("<option[^>]*value=\"E92000001\"[^>]*selected");
    }

    @Test
    void thePagesExportLinksDownloadWithTheSessionTheFiguresTheApiGives() throws Exception {
        var session = signIn("auditor");
        String page = mvc.perform(get("/oversight?" + WINDOW).session(session))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        List<String> links = PageLinks.containing(page, "export");
        assertThat(links).hasSize(2).allSatisfy(link -> assertThat(link).startsWith("/oversight/export?"));
        for (String link : links) {
            var download = mvc.perform(get(link).session(session)).andExpect(status().isOk()).andReturn()
                    .getResponse();
            assertThat(download.getHeader("Content-Disposition")).startsWith("attachment;");
            String format = link.contains("format=csv") ? "csv" : "xlsx";
            byte[] fromApi = mvc.perform(get("/api/v1" + link.replace("/oversight/export", "/oversight/measures/export"))
                            .header("Authorization", bearer(tokenFor("auditor"))))
                    .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
            if ("csv".equals(format)) {
                assertThat(download.getContentAsString()).contains("CSE-flagged referrals")
                        .isEqualTo(new String(fromApi, java.nio.charset.StandardCharsets.UTF_8));
            } else {
                assertThat(download.getContentType()).isEqualTo(
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
            }
        }
    }

    @Test
    void refreshingTheFiguresIsRecordedInTheLedger() {
        Instant at = statistics.refresh(LedgerActor.system("oversight-test"));
        String refreshId = jdbc.sql("SELECT id::text FROM oversight_refresh WHERE refreshed_at = ?")
                .param(java.sql.Timestamp.from(at)).query(String.class).single();
        assertThat(lastEntry("OVERSIGHT_REFRESH", refreshId, "OVERSIGHT_STATISTICS_REFRESHED").actor())
                .isEqualTo(LedgerActor.system("oversight-test").actorName());
    }

    @Test
    void theBaselineFunnelIsWidenedInTheModelTheReaderChooses() throws Exception {
        String poisson = baselinePage("poisson");
        assertThat(poisson).doesNotContain("widened for over-dispersion");
        assertThat(baselinePage("multiplicative_over_dispersion")).contains("Limits widened for over-dispersion "
                + "(multiplicative model, phi ");
        String additive = baselinePage("additive_random_effects");
        assertThat(additive).contains("Limits widened for over-dispersion (additive model, between-area standard "
                + "deviation ").containsPattern("id=\"overdispersion-additive_random_effects\"[^>]*checked");
        assertThat(baselinePage("anything else")).as("an unknown choice gives the Poisson limits")
                .doesNotContain("widened for over-dispersion");
    }

    private String baselinePage(String dispersion) throws Exception {
        return mvc.perform(get("/oversight/baseline").param("year", "2025").param("overdispersion", dispersion)
                        .session(signIn("auditor")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    @Test
    void badQueriesNameTheField() throws Exception {
        String problem = mvc.perform(get("/api/v1/oversight/measures?area=E99999999&by=week&from=2024-13-01")
                        .header("Authorization", bearer(tokenFor("auditor"))))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
        assertThat(problem).contains("\"area\"").contains("\"by\"").contains("\"from\"");
    }

    private JsonNode measures(String query) throws Exception {
        return json(mvc.perform(get("/api/v1/oversight/measures?" + query)
                        .header("Authorization", bearer(tokenFor("auditor"))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
    }

    private static List<Cell> cells(List<String> texts) {
        return texts.stream().map(text -> StatSymbol.fromCode(text).map(Cell::symbol)
                .orElseGet(() -> Cell.of(new java.math.BigDecimal(text)))).toList();
    }

    private String rate(long count, int year) {
        long children = population.of(TORBAY, year).orElseThrow();
        return java.math.BigDecimal.valueOf(count * 10_000L)
                .divide(java.math.BigDecimal.valueOf(children), 1, java.math.RoundingMode.HALF_UP).toPlainString();
    }
}
