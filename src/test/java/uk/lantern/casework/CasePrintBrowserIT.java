package uk.lantern.casework;

import java.util.Base64;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.PrintsPage;
import org.openqa.selenium.print.PrintOptions;

import uk.lantern.support.WorkedCase;
import uk.lantern.web.BrowserTestBase;

import static org.assertj.core.api.Assertions.assertThat;

/** A case printed from Chromium is its summary: the record, without the service's menus, forms and buttons. */
class CasePrintBrowserIT extends BrowserTestBase {

    @Test
    void aPrintedCaseIsItsSummaryWithoutMenusOrForms() throws Exception {
        WorkedCase worked = new WorkedCase(this, WorkedCase.ROCHDALE, unique("Pria"), "Printcase");
        browser.signInAs("socialworker");
        browser.open("/cases");
        browser.clickAndWaitForNewPage(By.linkText(worked.reference));
        String pdf = ((PrintsPage) browser.driver()).print(new PrintOptions()).getContent();
        try (PDDocument printed = Loader.loadPDF(Base64.getDecoder().decode(pdf))) {
            String text = new PDFTextStripper().getText(printed);
            assertThat(text).contains(worked.reference).doesNotContain("Sign out").doesNotContain("Front-door queue")
                    .doesNotContain("Record a note, visit or contact");
            assertThat(printed.getNumberOfPages()).as("the summary, not every form").isLessThanOrEqualTo(2);
        }
    }
}
