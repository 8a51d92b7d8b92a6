/**
 * The web shell: the GOV.UK page layout, the home page for each role, error pages that leak nothing, RFC 9457 problem
 * details for the API, and standalone HTML and PDF documents rendered from one template.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Web shell",
        allowedDependencies = {"identity", "ledger", "runtime", "area", "deadline", "referral"})
package uk.lantern.web;
