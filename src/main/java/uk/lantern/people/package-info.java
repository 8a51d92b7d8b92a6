/**
 * Children and other people as agencies record them: names and aliases, partial dates of birth, sex, ethnicity to
 * national code lists (ONS 2021, police self-defined 18+1, officer-observed kept apart), nationality, NHS number,
 * addresses, school and placement. Records are voided with a reason, never deleted.
 */
@org.springframework.modulith.ApplicationModule(displayName = "People",
        allowedDependencies = {"identity", "ledger", "area"})
package uk.lantern.people;
