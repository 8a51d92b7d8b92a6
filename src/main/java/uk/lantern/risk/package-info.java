/**
 * CSE screening and language: a versioned set of child sexual exploitation indicators, an explainable and advisory
 * screening ({@link uk.lantern.risk.CseScreening}) that never takes protected characteristics into account, and a
 * check that flags victim-blaming phrases in free text and suggests alternatives ({@link uk.lantern.risk.LanguageCheck}).
 * Both only advise: professional judgement and the author decide.
 */
@org.springframework.modulith.ApplicationModule(displayName = "CSE screening and language", allowedDependencies = {})
package uk.lantern.risk;
